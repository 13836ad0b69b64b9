from otp_lints.cli import main

raise SystemExit(main())
