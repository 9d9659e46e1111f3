//! Files built into the program by `build.rs`: the rule files and the translation files.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
