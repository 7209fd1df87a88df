from warpath.cli import run

run()
