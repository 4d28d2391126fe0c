"""Test inputs shaped like what researchers scrape: a text wrapped in a county government's
article page (navigation, breadcrumbs, a 发布时间/来源/浏览次数 line, share links, a related-
articles list, a footer), or as one line of a scraper's JSON Lines. Every name here is invented."""
from __future__ import annotations

import html
import json

OUTLET = "某某县人民政府"
PAGE_DATE = "2024-05-06"


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def gov_page(text: str, *, url: str | None = "http://www.example.gov.cn/art/1.html", date: str = PAGE_DATE,
             outlet: str = OUTLET, title: str | None = None) -> str:
    """`text` as the article of a government site's page; its headline is the text's first line
    (the page repeats it above the article, as such sites do) unless `title` is given."""
    title = first_line(text) if title is None else title
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    canonical = f'<link rel="canonical" href="{url}">\n<meta property="og:url" content="{url}">' if url else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(title)}_{outlet}</title>
{canonical}
<script>var nav = "某某县人民政府召开常务会议";</script>
</head><body>
<div class="header"><div class="logo">{outlet}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/xwzx/">新闻中心</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="breadcrumb">当前位置:<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/gzdt/">工作动态</a></div>
<div class="article">
<h1 class="title">{html.escape(title)}</h1>
<div class="info"><span>发布时间:{date}</span> <span>来源:{outlet}</span> <span>浏览次数:123</span></div>
<div class="content">
{body}
</div>
<div class="share">分享到:<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="related"><h3>相关文章</h3><ul>
<li><a href="/xwzx/gzdt/2.html">某某县召开安全生产工作会议</a><span>2024-05-01</span></li>
<li><a href="/xwzx/gzdt/3.html">某某县开展汛期应急演练</a><span>2024-04-28</span></li>
<li><a href="/xwzx/gzdt/4.html">某某乡举办农业技术培训班</a><span>2024-04-20</span></li></ul></div>
<div class="footer"><p>主办单位:某某县人民政府办公室 承办单位:某某县大数据中心</p>
<p>地址:某某县人民路1号 邮编:000000 电话:0000-1234567</p><p>网站标识码:0000000000 备案号:某ICP备00000000号</p></div>
</body></html>
"""


def jsonl_line(**fields) -> str:
    return json.dumps({k: v for k, v in fields.items() if v is not None}, ensure_ascii=False)


def table_page(text: str, *, url: str | None = "http://www.example.gov.cn/art/1.html", date: str = PAGE_DATE,
               outlet: str = OUTLET, title: str | None = None) -> str:
    """`text` as the article of an older government site laid out in tables: navigation,
    title, info line, the article as one cell with line breaks, footer."""
    title = first_line(text) if title is None else title
    body = "<br>\n".join(html.escape(line) for line in text.splitlines() if line.strip())
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title)}</title>{canonical}</head><body>
<table width="100%"><tr><td><a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></td></tr></table>
<table width="980"><tr><td>当前位置:<a href="/">首页</a> &gt;&gt; <a href="/xwzx/">新闻中心</a></td></tr>
<tr><td align="center" class="biaoti">{html.escape(title)}</td></tr>
<tr><td align="center">发布时间:{date}　　来源:{outlet}　　浏览次数:123　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td><div id="zoom">{body}</div></td></tr>
<tr><td>相关文章:<br><a href="/a/2.html">某某县召开安全生产工作会议</a><br><a href="/a/3.html">某某县开展汛期应急演练</a></td></tr></table>
<table width="100%"><tr><td>版权所有:某某县人民政府 主办:某某县人民政府办公室 备案号:某ICP备00000000号</td></tr></table>
</body></html>
"""
