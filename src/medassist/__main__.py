from medassist.cli import main

raise SystemExit(main())
