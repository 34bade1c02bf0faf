//! The `parapet` binary.

fn main() -> std::process::ExitCode {
    parapet_cli::main()
}
