//! User rules from a TOML file (`--rules FILE`): site-specific boilerplate lines, related-block
//! introducers and extra agency names, added without recompiling.
//!
//! ```toml
//! [boilerplate]
//! lines = ["^Harbour Gazette Daily Briefing$", "(?i)^more from the gazette"]
//!
//! [related]
//! introducers = ["(?i)^also on harbour gazette$"]
//!
//! [agencies]
//! "Harbour Wire Service" = ["HWS", "Harbour Wire"]
//! ```
//!
//! Patterns are regular expressions matched against the whole trimmed line (anchor them as you
//! mean them). An error names the file, the line and the problem.

use std::path::Path;

use regex::RegexSet;
use serde::Deserialize;
use toml::Spanned;

use crate::error::UsageError;

/// Compiled user rules.
#[derive(Debug, Clone)]
pub struct UserRules {
    boilerplate: RegexSet,
    introducers: RegexSet,
    /// (canonical name, every spelling including the name).
    agencies: Vec<(&'static str, Vec<String>)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    boilerplate: Section,
    #[serde(default)]
    related: RelatedSection,
    #[serde(default)]
    agencies: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Section {
    #[serde(default)]
    lines: Vec<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RelatedSection {
    #[serde(default)]
    introducers: Vec<Spanned<String>>,
}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

fn compile(name: &str, source: &str, patterns: &[Spanned<String>]) -> Result<RegexSet, UsageError> {
    for p in patterns {
        if let Err(e) = regex::Regex::new(p.get_ref()) {
            let line = line_of(source, p.span().start);
            let first = e
                .to_string()
                .lines()
                .last()
                .unwrap_or("")
                .trim()
                .to_string();
            return Err(UsageError(format!(
                "{name}:{line}: invalid pattern {:?}: {first}",
                p.get_ref()
            )));
        }
    }
    RegexSet::new(patterns.iter().map(|p| p.get_ref().as_str()))
        .map_err(|e| UsageError(format!("{name}: {e}")))
}

impl UserRules {
    /// Reads and compiles a rules file.
    pub fn load(path: &Path) -> Result<UserRules, UsageError> {
        let name = path.display().to_string();
        let source = std::fs::read_to_string(path)
            .map_err(|e| UsageError(format!("reading {name}: {e}")))?;
        Self::parse(&name, &source)
    }

    /// Compiles rules from TOML text; `name` is used in error messages.
    pub fn parse(name: &str, source: &str) -> Result<UserRules, UsageError> {
        let file: RulesFile = toml::from_str(source).map_err(|e| {
            let line = e.span().map_or(0, |s| line_of(source, s.start));
            UsageError(format!("{name}:{line}: {}", e.message()))
        })?;
        let agencies = file
            .agencies
            .into_iter()
            .map(|(canonical, aliases)| {
                // Agency names live as long as the process: rules are loaded once.
                let name: &'static str = Box::leak(canonical.clone().into_boxed_str());
                let mut spellings = aliases;
                spellings.push(canonical);
                (name, spellings)
            })
            .collect();
        Ok(UserRules {
            boilerplate: compile(name, source, &file.boilerplate.lines)?,
            introducers: compile(name, source, &file.related.introducers)?,
            agencies,
        })
    }

    pub fn is_boilerplate(&self, line: &str) -> bool {
        self.boilerplate.is_match(line.trim())
    }

    pub fn is_introducer(&self, line: &str) -> bool {
        self.introducers.is_match(line.trim())
    }

    /// The user agency a line names as a whole word, if any.
    pub fn agency_in(&self, line: &str) -> Option<&'static str> {
        let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.agencies.iter().find_map(|(name, spellings)| {
            spellings
                .iter()
                .any(|s| {
                    line.match_indices(s.as_str()).any(|(at, m)| {
                        !is_word(line[..at].chars().next_back())
                            && !is_word(line[at + m.len()..].chars().next())
                    })
                })
                .then_some(*name)
        })
    }

    /// The user agency when the whole line is one of its spellings ("— HWS").
    pub fn agency_sign_off(&self, line: &str) -> Option<&'static str> {
        let core = line
            .trim()
            .trim_start_matches(['-', '–', '—', '(', ' '])
            .trim_end_matches([')', '.', ' ']);
        self.agencies
            .iter()
            .find(|(_, spellings)| spellings.iter().any(|s| s == core))
            .map(|(name, _)| *name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[boilerplate]
lines = ["^Harbour Gazette Daily Briefing$"]

[related]
introducers = ["(?i)^also on harbour gazette$"]

[agencies]
"Harbour Wire Service" = ["HWS"]
"#;

    #[test]
    fn rules_compile_and_match() {
        let r = UserRules::parse("r.toml", GOOD).unwrap();
        assert!(r.is_boilerplate("Harbour Gazette Daily Briefing"));
        assert!(!r.is_boilerplate("The Harbour Gazette Daily Briefing said"));
        assert!(r.is_introducer("Also on Harbour Gazette"));
        assert_eq!(
            r.agency_in("Copyright 2024 HWS."),
            Some("Harbour Wire Service")
        );
        assert_eq!(r.agency_in("HWSX"), None);
        assert_eq!(r.agency_sign_off("— HWS"), Some("Harbour Wire Service"));
    }

    #[test]
    fn errors_name_file_line_and_problem() {
        let bad_regex = "[boilerplate]\nlines = [\n  \"ok\",\n  \"(unclosed\",\n]\n";
        let e = UserRules::parse("site.toml", bad_regex)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("site.toml:4: invalid pattern \"(unclosed\""),
            "{e}"
        );
        let bad_toml = "[boilerplate]\nlines = 5\n";
        let e = UserRules::parse("site.toml", bad_toml)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("site.toml:2:"), "{e}");
        let unknown = "[boilerplat]\nlines = []\n";
        let e = UserRules::parse("site.toml", unknown)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("site.toml:1:") && e.contains("boilerplat"),
            "{e}"
        );
    }
}
