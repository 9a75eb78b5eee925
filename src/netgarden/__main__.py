from netgarden.cli.main import run

run()
