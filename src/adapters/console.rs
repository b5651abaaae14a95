//! The console platform: `fundbot chat`, a conversation at a terminal.

use std::io::{BufRead, Write};

use crate::bot::Bot;
use crate::message::Incoming;

/// Runs a conversation over `input`/`output` until end of input or `/quit`.
///
/// # Errors
/// I/O errors on the terminal.
pub fn run(bot: &Bot, input: impl BufRead, mut output: impl Write, interactive: bool) -> std::io::Result<()> {
    writeln!(output, "fundbot: ask about funding for migrant integration in Europe, in your language.")?;
    writeln!(output, "Type /help for examples, /quit to leave.")?;
    let mut history: Vec<String> = Vec::new();
    if interactive {
        write!(output, "\n> ")?;
        output.flush()?;
    }
    for line in input.lines() {
        let line = match line {
            Ok(l) => l,
            // Not UTF-8: answer as for any unreadable question instead of stopping.
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => String::new(),
            Err(e) => return Err(e),
        };
        let text = line.trim();
        match text {
            "/quit" | "/exit" => break,
            "/history" => {
                for (i, q) in history.iter().enumerate() {
                    writeln!(output, "{:>3}. {q}", i + 1)?;
                }
            }
            "" if interactive => {}
            _ => {
                history.push(text.to_string());
                for reply in bot.handle(&Incoming::console(text)) {
                    writeln!(output, "\n{}", reply.text)?;
                }
            }
        }
        if interactive {
            write!(output, "\n> ")?;
            output.flush()?;
        }
    }
    writeln!(output)?;
    Ok(())
}
