//! The sled store: one tree per kind of record, JSON-encoded values (readable with any sled
//! tool, and serde-compatible across versions), and a schema version in `meta`.
//!
//! Invariants:
//! - every write acknowledged to a user is flushed before the acknowledgement (sled's own
//!   background flush runs only every 500 ms);
//! - knowledge is replaced in one transaction over all knowledge trees, so a crash leaves
//!   either the old or the new knowledge, never a mix;
//! - a store written by a newer schema is refused, not read.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sled::transaction::{ConflictableTransactionError, TransactionError};
use sled::Transactional;

use crate::error::StoreError;
use crate::knowledge::{Action, Call, Fund, Guidance, KnowledgeBase, Plan, Project, Source, Translation};

/// Version of the layout written by this build.
pub const SCHEMA_VERSION: u32 = 1;

const KNOWLEDGE_TREES: [&str; 8] = ["sources", "funds", "calls", "plan", "actions", "guidance", "projects", "i18n"];

/// What fundbot remembers about a user: only platform ids and choices.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserPrefs {
    /// Language chosen with `/lang`.
    #[serde(default)]
    pub lang: Option<String>,
    /// The platform's language hint last seen for this user (used when no `/lang` choice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// A reminder subscription of one chat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    /// Platform name (`telegram`, `discord`, `console`).
    pub platform: String,
    /// Chat to send reminders to.
    pub chat: String,
    /// A call id, `fund:<id>` for one fund's calls, or `*` for every call.
    pub target: String,
    /// Language to write reminders in.
    pub lang: String,
    /// Lead times in days chosen for this subscription (`/subscribe amif 14 3`); the configured
    /// ones when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_days: Option<Vec<u32>>,
    /// When it was made (seconds since 1970): reminders whose time had passed by then are not
    /// sent late, since the answer to `/subscribe` already gave the deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
}

impl Subscription {
    /// Whether this subscription is to `call`: all calls, that call, or its fund's calls.
    #[must_use]
    pub fn covers(&self, call: &crate::knowledge::Call) -> bool {
        self.target == "*" || self.target == call.id || self.target.strip_prefix("fund:") == Some(call.fund.as_str())
    }
}

/// Handle to the store; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    db: sled::Db,
    path: PathBuf,
}

fn encode<T: Serialize>(v: &T) -> Vec<u8> {
    // Serialising plain data structs to JSON cannot fail.
    serde_json::to_vec(v).unwrap_or_default()
}

fn decode<T: DeserializeOwned>(tree: &str, key: &[u8], bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt {
        tree: tree.into(),
        key: String::from_utf8_lossy(key).into_owned(),
        reason: e.to_string(),
    })
}

impl Store {
    /// Opens (or creates) the store at `path`.
    ///
    /// # Errors
    /// [`StoreError::InUse`] when another process has it open; [`StoreError::NewerSchema`] when
    /// a newer fundbot wrote it.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let db = sled::Config::new().path(path).cache_capacity(8 * 1024 * 1024).open().map_err(|e| match &e {
            sled::Error::Io(io) if io.kind() == std::io::ErrorKind::WouldBlock || io.to_string().contains("lock") => {
                StoreError::InUse(path.to_path_buf())
            }
            _ => StoreError::Sled(e),
        })?;
        let meta = db.open_tree("meta")?;
        match meta.get("schema_version")? {
            Some(v) => {
                let found = v.as_ref().try_into().map(u32::from_be_bytes).unwrap_or(u32::MAX);
                if found > SCHEMA_VERSION {
                    return Err(StoreError::NewerSchema { path: path.to_path_buf(), found, supported: SCHEMA_VERSION });
                }
            }
            None => {
                meta.insert("schema_version", &SCHEMA_VERSION.to_be_bytes())?;
                db.flush()?;
            }
        }
        Ok(Store { db, path: path.to_path_buf() })
    }

    /// Where the store lives.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether knowledge has been imported (by seeding or `kb import`).
    ///
    /// # Errors
    /// Store errors.
    pub fn has_knowledge(&self) -> Result<bool, StoreError> {
        Ok(self.db.open_tree("meta")?.get("knowledge_imported")?.is_some())
    }

    /// Replaces all knowledge with `kb` in one transaction, then flushes.
    ///
    /// # Errors
    /// Store errors; on error the old knowledge is intact.
    pub fn replace_knowledge(&self, kb: &KnowledgeBase) -> Result<(), StoreError> {
        let trees: Vec<sled::Tree> = KNOWLEDGE_TREES.iter().map(|t| self.db.open_tree(t)).collect::<Result<_, _>>()?;
        let meta = self.db.open_tree("meta")?;
        let mut old: Vec<Vec<sled::IVec>> = Vec::new();
        for t in &trees {
            old.push(t.iter().keys().collect::<Result<_, _>>()?);
        }
        let mut new: Vec<Vec<(Vec<u8>, Vec<u8>)>> = vec![Vec::new(); KNOWLEDGE_TREES.len()];
        new[0] = kb.sources.iter().map(|r| (r.id.clone().into_bytes(), encode(r))).collect();
        new[1] = kb.funds.iter().map(|r| (r.id.clone().into_bytes(), encode(r))).collect();
        new[2] = kb.calls.iter().map(|r| (r.id.clone().into_bytes(), encode(r))).collect();
        new[3] = kb.plan.iter().map(|r| (b"plan".to_vec(), encode(r))).collect();
        new[4] = kb.actions.iter().map(|r| (r.id.clone().into_bytes(), encode(r))).collect();
        new[5] = kb.guidance.iter().map(|r| (r.id.clone().into_bytes(), encode(r))).collect();
        new[6] = kb.projects.iter().map(|r| (r.id.clone().into_bytes(), encode(r))).collect();
        new[7] = kb.translations.iter().map(|(l, t)| (l.clone().into_bytes(), encode(t))).collect();
        let mut all: Vec<&sled::Tree> = trees.iter().collect();
        all.push(&meta);
        let result: Result<(), TransactionError<()>> = all.as_slice().transaction(|tx| {
            for (i, keys) in old.iter().enumerate() {
                for k in keys {
                    tx[i].remove(k.clone())?;
                }
            }
            for (i, records) in new.iter().enumerate() {
                for (k, v) in records {
                    tx[i].insert(k.as_slice(), v.as_slice())?;
                }
            }
            tx[KNOWLEDGE_TREES.len()].insert("knowledge_imported", &[1u8][..])?;
            Ok::<(), ConflictableTransactionError<()>>(())
        });
        match result {
            Ok(()) => {}
            Err(TransactionError::Storage(e)) => return Err(e.into()),
            Err(TransactionError::Abort(())) => unreachable!("the transaction never aborts"),
        }
        self.db.flush()?;
        Ok(())
    }

    fn all<T: DeserializeOwned>(&self, tree: &str) -> Result<Vec<T>, StoreError> {
        let t = self.db.open_tree(tree)?;
        t.iter()
            .map(|kv| {
                let (k, v) = kv?;
                decode(tree, &k, &v)
            })
            .collect()
    }

    /// Reads all knowledge.
    ///
    /// # Errors
    /// Store errors or a corrupt record.
    pub fn knowledge(&self) -> Result<KnowledgeBase, StoreError> {
        let plans: Vec<Plan> = self.all("plan")?;
        let translations: Vec<Translation> = self.all("i18n")?;
        let mut kb = KnowledgeBase {
            sources: self.all::<Source>("sources")?,
            funds: self.all::<Fund>("funds")?,
            calls: self.all::<Call>("calls")?,
            plan: plans.into_iter().next(),
            actions: self.all::<Action>("actions")?,
            guidance: self.all::<Guidance>("guidance")?,
            projects: self.all::<Project>("projects")?,
            translations: translations.into_iter().map(|t| (t.lang.clone(), t)).collect::<BTreeMap<_, _>>(),
        };
        kb.canonicalize();
        Ok(kb)
    }

    fn user_key(platform: &str, user: &str) -> Vec<u8> {
        format!("{platform}:{user}").into_bytes()
    }

    /// A user's saved preferences.
    ///
    /// # Errors
    /// Store errors or a corrupt record.
    pub fn user(&self, platform: &str, user: &str) -> Result<UserPrefs, StoreError> {
        let key = Self::user_key(platform, user);
        match self.db.open_tree("users")?.get(&key)? {
            Some(v) => decode("users", &key, &v),
            None => Ok(UserPrefs::default()),
        }
    }

    /// Saves a user's preferences and flushes.
    ///
    /// # Errors
    /// Store errors.
    pub fn set_user(&self, platform: &str, user: &str, prefs: &UserPrefs) -> Result<(), StoreError> {
        self.db.open_tree("users")?.insert(Self::user_key(platform, user), encode(prefs))?;
        self.db.flush()?;
        Ok(())
    }

    fn sub_key(s: &Subscription) -> Vec<u8> {
        format!("{}:{}:{}", s.platform, s.chat, s.target).into_bytes()
    }

    /// Adds or updates a subscription and flushes.
    ///
    /// # Errors
    /// Store errors.
    pub fn subscribe(&self, s: &Subscription) -> Result<(), StoreError> {
        self.db.open_tree("subscriptions")?.insert(Self::sub_key(s), encode(s))?;
        self.db.flush()?;
        Ok(())
    }

    /// Removes a chat's subscriptions (one target, or all when `target` is None); returns how
    /// many were removed.
    ///
    /// # Errors
    /// Store errors.
    pub fn unsubscribe(&self, platform: &str, chat: &str, target: Option<&str>) -> Result<usize, StoreError> {
        let tree = self.db.open_tree("subscriptions")?;
        let mut n = 0;
        for s in self.subscriptions(platform, chat)? {
            if target.is_none_or(|t| t == s.target) {
                tree.remove(Self::sub_key(&s))?;
                n += 1;
            }
        }
        self.db.flush()?;
        Ok(n)
    }

    /// A chat's subscriptions.
    ///
    /// # Errors
    /// Store errors or a corrupt record.
    pub fn subscriptions(&self, platform: &str, chat: &str) -> Result<Vec<Subscription>, StoreError> {
        let tree = self.db.open_tree("subscriptions")?;
        tree.scan_prefix(format!("{platform}:{chat}:"))
            .map(|kv| {
                let (k, v) = kv?;
                decode("subscriptions", &k, &v)
            })
            .collect()
    }

    /// Every subscription, in key order (platform, chat, target).
    ///
    /// # Errors
    /// Store errors or a corrupt record.
    pub fn all_subscriptions(&self) -> Result<Vec<Subscription>, StoreError> {
        self.db
            .open_tree("subscriptions")?
            .iter()
            .map(|kv| {
                let (k, v) = kv?;
                decode("subscriptions", &k, &v)
            })
            .collect()
    }

    /// Persisted reminder states by key (see `reminders`).
    ///
    /// # Errors
    /// Store errors or a corrupt record.
    pub fn reminder_states<T: DeserializeOwned>(&self) -> Result<Vec<(String, T)>, StoreError> {
        self.db
            .open_tree("reminders")?
            .iter()
            .map(|kv| {
                let (k, v) = kv?;
                Ok((String::from_utf8_lossy(&k).into_owned(), decode("reminders", &k, &v)?))
            })
            .collect()
    }

    /// One persisted reminder state.
    ///
    /// # Errors
    /// Store errors or a corrupt record.
    pub fn reminder_state<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, StoreError> {
        match self.db.open_tree("reminders")?.get(key.as_bytes())? {
            Some(v) => Ok(Some(decode("reminders", key.as_bytes(), &v)?)),
            None => Ok(None),
        }
    }

    /// Saves one reminder state and flushes before returning, so that a reminder marked in
    /// flight or delivered stays so across a crash.
    ///
    /// # Errors
    /// Store errors.
    pub fn set_reminder_state<T: Serialize>(&self, key: &str, state: &T) -> Result<(), StoreError> {
        self.db.open_tree("reminders")?.insert(key.as_bytes(), encode(state))?;
        self.db.flush()?;
        Ok(())
    }

    /// Deletes what is stored about a user: their preferences and the subscriptions of their
    /// private chat (`private_chat`, when asked from there). Group subscriptions belong to the
    /// group and stay.
    ///
    /// # Errors
    /// Store errors.
    pub fn forget(&self, platform: &str, user: &str, private_chat: Option<&str>) -> Result<usize, StoreError> {
        let removed = self.db.open_tree("users")?.remove(Self::user_key(platform, user))?.is_some();
        let subs = match private_chat {
            Some(chat) => self.unsubscribe(platform, chat, None)?,
            None => 0,
        };
        self.db.flush()?;
        Ok(subs + usize::from(removed))
    }

    /// Flushes everything to disk.
    ///
    /// # Errors
    /// Store errors.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }
}

impl Store {
    /// A value from the `meta` tree.
    ///
    /// # Errors
    /// Store errors.
    pub fn meta(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.db.open_tree("meta")?.get(key)?.map(|v| v.to_vec()))
    }

    /// Sets a value in the `meta` tree and flushes.
    ///
    /// # Errors
    /// Store errors.
    pub fn set_meta(&self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.db.open_tree("meta")?.insert(key, value)?;
        self.db.flush()?;
        Ok(())
    }
}
