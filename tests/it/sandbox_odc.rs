//! The ODC emulator over real HTTP (issue 2).
