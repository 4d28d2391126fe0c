/* kg view: draws one graph view from the JSON beside this script (kg/viewer/view.js, written for kg).
   Everything a page shows is set with textContent or as vis-network canvas text, never as markup,
   and every lookup starts from this view's own root, so several views can share a page. */
(function () {
  "use strict";
  var root = document.currentScript.parentNode;
  var data = JSON.parse(root.querySelector("script.kgv-data").textContent);
  var t0 = performance.now();
  var registry = (window.kgViews = window.kgViews || []);
  var status = root.querySelector(".kgv-status");
  var detail = root.querySelector(".kgv-detail");

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function card(tip, limit) {
    var box = el("div", "kgv-tip");
    box.appendChild(el("div", "kgv-tip-head", tip.head));
    if (tip.sub) box.appendChild(el("div", "kgv-tip-sub", tip.sub));
    if (tip.rows.length) {
      var table = el("table", "kgv-tip-rows");
      tip.rows.forEach(function (row) {
        var tr = el("tr");
        tr.appendChild(el("th", null, row[0]));
        tr.appendChild(el("td", null, row[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    tip.evidence.slice(0, limit).forEach(function (ev) {
      var quote = el("blockquote", "kgv-ev", ev.s);
      quote.appendChild(el("cite", null,
        (ev.h ? "《" + ev.h + "》 " : "") + ev.f + " 第" + ev.a + "–" + ev.b + "字"));
      box.appendChild(quote);
    });
    var more = tip.evidence_total - Math.min(limit, tip.evidence.length);
    if (more > 0) box.appendChild(el("div", "kgv-tip-more", "另有 " + more + " 句依据（点击查看）"));
    if (tip.basis) box.appendChild(el("div", "kgv-tip-basis", "依据：" + tip.basis));
    return box;
  }

  data.nodes.forEach(function (n) { n.title = card(n.tip, 2); });
  data.edges.forEach(function (e) { e.title = card(e.tip, 2); });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var canvas = root.querySelector(".kgv-canvas");
  var network = new vis.Network(canvas, { nodes: nodes, edges: edges }, data.options);
  var view = { root: root, network: network, nodes: nodes, edges: edges,
               stats: { nodes: data.nodes.length, edges: data.edges.length, readyMs: null } };
  registry.push(view);

  function settled(text) {
    view.stats.readyMs = Math.round(performance.now() - t0);
    status.textContent = text || "布局完成（" + view.stats.readyMs + " 毫秒）";
    root.setAttribute("data-kgv-state", "ready");
  }
  if (data.nodes.length === 0) {
    settled("没有符合条件的节点");
  } else {
    network.on("stabilizationProgress", function (p) {
      status.textContent = "正在布局… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });  // the layout stays put from here on
      network.once("afterDrawing", function () { settled(); });  // ready once the settled graph is drawn
      network.redraw();
    });
  }

  function show(item, limit) {
    detail.textContent = "";
    detail.appendChild(item ? card(item.tip, limit) : el("p", "kgv-hint", data.hint));
  }
  network.on("click", function (p) {
    if (p.nodes.length) show(nodes.get(p.nodes[0]), 50);
    else if (p.edges.length) show(edges.get(p.edges[0]), 50);
    else show(null);
  });
  show(null);

  root.querySelectorAll(".kgv-toggle input").forEach(function (box) {
    box.addEventListener("change", function () {
      var type = box.getAttribute("data-type");
      nodes.update(data.nodes.filter(function (n) { return n.kgType === type; })
        .map(function (n) { return { id: n.id, hidden: !box.checked }; }));
    });
  });

  var input = root.querySelector(".kgv-search");
  var found = root.querySelector(".kgv-found");
  var list = el("datalist");
  list.id = "kgv-names-" + registry.length;
  data.nodes.map(function (n) { return n.label; }).sort().forEach(function (label) {
    var option = el("option");
    option.value = label;
    list.appendChild(option);
  });
  root.appendChild(list);
  input.setAttribute("list", list.id);
  function search() {
    var q = input.value.trim().toLowerCase();
    if (!q) { found.textContent = ""; network.unselectAll(); return; }
    var ids = nodes.get({ filter: function (n) { return !n.hidden && n.label.toLowerCase().indexOf(q) >= 0; } })
      .map(function (n) { return n.id; });
    found.textContent = ids.length ? "找到 " + ids.length + " 个" : "未找到";
    network.selectNodes(ids);
    if (ids.length) {
      network.fit({ nodes: ids, animation: false });
      show(nodes.get(ids[0]), 50);
    }
  }
  root.querySelector(".kgv-go").addEventListener("click", search);
  input.addEventListener("keydown", function (e) { if (e.key === "Enter") search(); });
})();
