//! The `fundbot` command line (see shared/spec/contract.md). `anyhow` lives only here.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use fundbot::bot::{self, Bot};
use fundbot::config::Config;
use fundbot::knowledge;
use fundbot::lang::Lang;
use fundbot::store::Store;

#[derive(Parser)]
#[command(name = "fundbot", version, about = "Answers questions about funding for migrant integration in Europe")]
struct Cli {
    /// Configuration file (default: config.toml if it exists, else built-in defaults).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Starts every configured chat platform; with none configured, the console chat.
    Run,
    /// An interactive conversation at the terminal.
    Chat,
    /// Answers one question (or, with --jsonl, one per line of standard input).
    Ask {
        /// Answer in this language instead of the detected one.
        #[arg(long)]
        lang: Option<String>,
        /// Print the JSON answer.
        #[arg(long)]
        json: bool,
        /// Read questions from standard input, one per line; write one JSON answer per line.
        #[arg(long, conflicts_with = "text")]
        jsonl: bool,
        /// The question.
        #[arg(required_unless_present = "jsonl", num_args = 1.., trailing_var_arg = true)]
        text: Vec<String>,
    },
    /// Writes an iCalendar (.ics) file of call deadlines, for calendar applications.
    Calendar {
        /// Only this call.
        #[arg(long)]
        call: Option<String>,
        /// Titles and descriptions in this language.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Write here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Knowledge files.
    Kb {
        #[command(subcommand)]
        command: KbCommand,
    },
}

#[derive(Subcommand)]
enum KbCommand {
    /// Checks every knowledge file; reports file:line: field: fault.
    Validate { dir: Option<PathBuf> },
    /// Validates, then loads the files into the store.
    Import { dir: Option<PathBuf> },
    /// Writes the store's knowledge to files.
    Export { dir: PathBuf },
}

/// Exit status 2: bad arguments, configuration or knowledge files (the contract).
struct Usage(anyhow::Error);

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(Usage(e))) => {
            eprintln!("fundbot: {e:#}");
            ExitCode::from(2)
        }
        Err(Failure::Other(e)) => {
            eprintln!("fundbot: {e:#}");
            ExitCode::FAILURE
        }
    }
}

enum Failure {
    Usage(Usage),
    Other(anyhow::Error),
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        // Invalid knowledge, locale or config files are the user's to fix: status 2.
        let usage = e.chain().any(|c| {
            c.downcast_ref::<fundbot::error::KnowledgeError>()
                .is_some_and(|k| matches!(k, fundbot::error::KnowledgeError::Invalid(_)))
                || c.downcast_ref::<fundbot::error::ConfigError>().is_some()
                || matches!(
                    c.downcast_ref::<fundbot::error::BotError>(),
                    Some(fundbot::error::BotError::Locale(_) | fundbot::error::BotError::Config(_))
                        | Some(fundbot::error::BotError::Knowledge(fundbot::error::KnowledgeError::Invalid(_)))
                )
        });
        if usage {
            Failure::Usage(Usage(e))
        } else {
            Failure::Other(e)
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let cfg = Config::load(cli.config.as_deref()).map_err(|e| Failure::Usage(Usage(e.into())))?;
    match cli.command {
        Command::Run => serve(&cfg),
        Command::Chat => chat(&cfg),
        Command::Ask { lang, json, jsonl, text } => {
            let lang = match lang {
                Some(l) => Some(Lang::from_code(&l).ok_or_else(|| {
                    Failure::Usage(Usage(anyhow::anyhow!(
                        "--lang {l:?}: unsupported language; supported: {}",
                        fundbot::lang::SUPPORTED.join(", ")
                    )))
                })?),
                None => None,
            };
            let bot = Bot::open(&cfg).context("starting fundbot")?;
            if jsonl {
                return ask_jsonl(&bot, lang).map_err(Failure::Other);
            }
            let a = bot.answer(&text.join(" "), lang);
            if json {
                println!("{}", serde_json::to_string(&a).context("encoding the answer")?);
            } else {
                println!("{}", a.answer);
            }
            Ok(())
        }
        Command::Kb { command } => kb(&cfg, command),
        Command::Calendar { call, lang, out } => {
            let lang = Lang::from_code(&lang).ok_or_else(|| {
                Failure::Usage(Usage(anyhow::anyhow!(
                    "--lang {lang:?}: unsupported language; supported: {}",
                    fundbot::lang::SUPPORTED.join(", ")
                )))
            })?;
            let bot = Bot::open(&cfg).context("opening the store")?;
            let kb = bot.knowledge();
            let calls: Vec<&knowledge::Call> = match &call {
                Some(id) => vec![kb.call(id).ok_or_else(|| {
                    let known: Vec<&str> = kb.calls.iter().map(|c| c.id.as_str()).collect();
                    Failure::Usage(Usage(anyhow::anyhow!("--call {id:?}: no such call; known: {}", known.join(", "))))
                })?],
                None => kb.calls.iter().collect(),
            };
            let deadlines = fundbot::calendar::deadlines(kb, &calls, lang.code());
            let ics = fundbot::calendar::ics(&deadlines, chrono::Utc::now());
            match out {
                Some(path) => {
                    std::fs::write(&path, ics).with_context(|| format!("writing {}", path.display()))?;
                    eprintln!("wrote {} deadline(s) to {}", deadlines.len(), path.display());
                }
                None => print!("{ics}"),
            }
            Ok(())
        }
    }
}

fn chat(cfg: &Config) -> Result<(), Failure> {
    let bot = Bot::open(cfg).context("starting fundbot")?;
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    fundbot::adapters::console::run(&bot, stdin.lock(), std::io::stdout().lock(), interactive).context("console")?;
    bot.store().flush().context("flushing the store")?;
    Ok(())
}

/// `fundbot run`: every configured platform on one tokio runtime until SIGINT or SIGTERM, or the
/// console when none is configured.
fn serve(cfg: &Config) -> Result<(), Failure> {
    use fundbot::runtime::{self, Core};
    let platforms = runtime::platforms(cfg);
    for p in &platforms {
        match &p.skipped {
            None => eprintln!("fundbot: starting {}", p.name),
            Some(why) => eprintln!("fundbot: not starting {}: {why}", p.name),
        }
    }
    if platforms.iter().all(|p| p.skipped.is_some()) {
        eprintln!("fundbot: no chat platform is configured; starting the console chat instead.");
        return chat(cfg);
    }
    init_logs();
    let bot = Bot::open(cfg).context("starting fundbot")?;
    let bot = std::sync::Arc::new(bot);
    // A long-running bot builds every language model in the background rather than on a
    // user's first question, without delaying the start.
    let warm = std::sync::Arc::clone(&bot);
    std::thread::spawn(move || warm.engine().warm());
    let core = std::sync::Arc::new(Core::new(bot, cfg.limits.messages_per_minute));
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the runtime")?;
    rt.block_on(async {
        let (trigger, shutdown) = runtime::shutdown_pair();
        let tasks = runtime::start(&core, cfg, &shutdown);
        wait_for_signal().await;
        eprintln!("fundbot: stopping; finishing replies in flight");
        trigger.trigger();
        let all = futures_join(tasks);
        if tokio::time::timeout(std::time::Duration::from_secs(20), all).await.is_err() {
            eprintln!("fundbot: an adapter did not stop within 20 s; leaving anyway");
        }
    });
    core.bot().store().flush().context("flushing the store")?;
    eprintln!("fundbot: stopped");
    Ok(())
}

async fn futures_join(tasks: Vec<tokio::task::JoinHandle<()>>) {
    for t in tasks {
        let _ = t.await;
    }
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Logs to standard error; `FUNDBOT_LOG` (or `RUST_LOG`) sets the level, `info` by default.
/// Message texts are logged only at `debug`, tokens never.
fn init_logs() {
    let filter = std::env::var("FUNDBOT_LOG")
        .or_else(|_| std::env::var("RUST_LOG"))
        .unwrap_or_else(|_| "info,serenity=warn,teloxide=warn,tracing::span=warn".into());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .with_writer(std::io::stderr)
        .try_init();
}

#[derive(serde::Deserialize)]
struct JsonQuestion {
    text: String,
    #[serde(default)]
    lang: Option<String>,
}

fn ask_jsonl(bot: &Bot, lang: Option<Lang>) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    let mut buf = Vec::new();
    let mut input = stdin.lock();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        // A line that is not UTF-8 is still a question (with the bad bytes replaced).
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        let (text, l) = match serde_json::from_str::<JsonQuestion>(line) {
            Ok(q) => (q.text, q.lang.as_deref().and_then(Lang::from_code).or(lang)),
            Err(_) => (line.to_string(), lang),
        };
        let a = bot.answer(&text, l);
        writeln!(out, "{}", serde_json::to_string(&a)?)?;
        out.flush()?;
    }
    Ok(())
}

fn kb(cfg: &Config, command: KbCommand) -> Result<(), Failure> {
    match command {
        KbCommand::Validate { dir } => {
            let dir = dir.unwrap_or_else(|| cfg.files.knowledge.clone());
            let (_, warnings) = knowledge::load_dir(&dir).map_err(|e| Failure::from(anyhow::Error::from(e)))?;
            for w in &warnings {
                eprintln!("{w}");
            }
            println!("{}: valid ({} warnings)", dir.display(), warnings.len());
            Ok(())
        }
        KbCommand::Import { dir } => {
            let dir = dir.unwrap_or_else(|| cfg.files.knowledge.clone());
            let files = knowledge::read_dir_files(&dir).context("reading the knowledge files")?;
            let store = Store::open(&cfg.store.path).context("opening the store")?;
            let (kb, warnings) =
                bot::import(&store, &files, "import").map_err(|e| Failure::from(anyhow::Error::from(e)))?;
            println!(
                "imported {} funds, {} calls, {} actions, {} guidance topics, {} projects, {} translations into {} ({} warnings)",
                kb.funds.len(), kb.calls.len(), kb.actions.len(), kb.guidance.len(), kb.projects.len(), kb.translations.len(), cfg.store.path.display(), warnings.len()
            );
            Ok(())
        }
        KbCommand::Export { dir } => {
            let bot = Bot::open(cfg).context("opening the store")?;
            knowledge::export_dir(bot.knowledge(), &dir).context("exporting")?;
            println!("exported the knowledge base to {}", dir.display());
            Ok(())
        }
    }
}
