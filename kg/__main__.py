from .cli import cli

if __name__ == "__main__":  # not when a spawned process imports it
    cli()
