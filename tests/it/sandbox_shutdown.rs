//! Issue 21, item 13: a stopping sandbox does not wait on a slow client.
//! On SIGTERM it stops accepting, gives requests in flight a short grace
//! (2 s), saves its state and exits 0, whether a client dribbles its
//! request or a request is held by `--latency-ms`; and `--latency-ms` is
//! bounded like the other durations.

use std::io::Write;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::common::*;

/// A client that sends a request's headers one byte at a time (for 20 s,
/// so that a sandbox that waits for it ends too, late).
fn dribble(url: &str) {
    let addr = url.trim_start_matches("http://").to_string();
    std::thread::spawn(move || {
        let Ok(mut s) = TcpStream::connect(&addr) else {
            return;
        };
        let head = b"GET /api/identity/v1/users HTTP/1.1\r\nHost: sandbox\r\nX-Slow: ";
        for b in head.iter().chain(std::iter::repeat(&b'a')).take(400) {
            if s.write_all(&[*b]).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
}

#[test]
fn sigterm_saves_state_and_exits_promptly_with_a_slow_client() {
    let env = TestEnv::new();
    let state = env.path().join("state.json");
    let state_arg = state.to_str().unwrap().to_string();
    let mut log = String::new();

    // A client dribbling its headers; a user created just before.
    let sb = Sandbox::start(&["--seed-users", "1", "--state", &state_arg]);
    let key = create_user(&sb, "kept.after.stop@example.com", "Kept");
    dribble(&sb.url);
    std::thread::sleep(Duration::from_millis(300));
    let t0 = Instant::now();
    let status = sb.signal("TERM");
    let took = t0.elapsed();
    // Generous: the grace is 2 s.
    assert!(took < Duration::from_secs(3), "stopping took {took:?}");
    let saved = std::fs::read_to_string(&state).unwrap();
    log += &format!(
        "dribbling client: exit {:?}, state saved with the new user: {}\n",
        status.code(),
        saved.contains(&key)
    );

    // A request held by --latency-ms.
    let sb = Sandbox::start(&["--state", &state_arg, "--latency-ms", "20000"]);
    let url = format!("{}/identity/.well-known/openid-configuration", sb.url);
    std::thread::spawn(move || {
        let _ = http().get(url).timeout(Duration::from_secs(90)).send();
    });
    std::thread::sleep(Duration::from_millis(300));
    let _ = std::fs::remove_file(&state);
    let t0 = Instant::now();
    let status = sb.signal("INT");
    let took = t0.elapsed();
    assert!(took < Duration::from_secs(3), "stopping took {took:?}");
    let saved = std::fs::read_to_string(&state).unwrap_or_default();
    log += &format!(
        "request held by --latency-ms: exit {:?}, state saved with the user: {}\n",
        status.code(),
        saved.contains(&key)
    );
    insta::assert_snapshot!(log, @r"
    dribbling client: exit Some(0), state saved with the new user: true
    request held by --latency-ms: exit Some(0), state saved with the user: true
    ");
}

#[test]
fn latency_is_bounded_like_the_other_durations() {
    let env = TestEnv::new();
    // A sandbox that takes the value serves until killed: 20 s at most.
    let t = Transcript::of(
        env.cmd()
            .args(["sandbox", "--latency-ms", "18446744073709551615"])
            .timeout(Duration::from_secs(20)),
    );
    insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    [stderr]
    error: invalid value '18446744073709551615' for '--latency-ms <MS>': "18446744073709551615" is not a number of milliseconds from 0 to 600000 (ten minutes)

    For more information, try '--help'.
    [exit status: 2]
    "#);
}
