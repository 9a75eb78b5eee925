from netgarden.cli.launch import run

run()
