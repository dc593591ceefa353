fn main() -> std::process::ExitCode {
    iamctl::main_entry()
}
