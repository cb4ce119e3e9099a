//! The voice of a document: one language, or Chinese then English, for labels, paired texts,
//! dates and page labels. Shared by the minutes and the declarations.

use concord_i18n::{FluentValue, I18n, Locale};

use crate::minutes::Language;
use crate::{Block, Document};

/// Speaks one or both languages for the document.
#[derive(Debug)]
pub struct Voice {
    pub language: Language,
    pub en: I18n,
    pub zh: I18n,
}

/// A text kept in both languages, in the one `i18n` speaks, or the other with a note.
fn own_in(zh: &str, en: &str, i18n: &I18n) -> String {
    let (zh, en) = (zh.trim(), en.trim());
    match i18n.locale() {
        Locale::En if en.is_empty() && !zh.is_empty() => {
            format!("{zh} {}", i18n.msg("doc-original-only-zh"))
        }
        Locale::En => en.to_owned(),
        Locale::ZhCn if zh.is_empty() && !en.is_empty() => {
            format!("{en}{}", i18n.msg("doc-original-only-en"))
        }
        Locale::ZhCn => zh.to_owned(),
    }
}

/// The Chinese and the English of a text kept in one field, the Chinese first: "王志立 Wang
/// Zhili", "示例数据 / illustrative" (a slash or bar between them is neither's).
fn split_parts(text: &str) -> (String, String) {
    let (zh, en) = concord_domain::bilingual::split_scripts(text);
    let en = en.trim_start_matches(['/', '|', ' ']).to_owned();
    (zh, en)
}

/// The Chinese and the English of a typed text: split as a name is only where what follows
/// the Chinese reads as its translation, two words or more with at least two Latin letters for
/// each Chinese character ("尚无灾害保险 No disaster insurance yet"); else the whole text is
/// one Chinese text ("请参阅 ISO 37123", "建议采用 PPT"), so nothing typed goes unprinted.
fn typed_parts(text: &str) -> (String, String) {
    let (zh, en) = split_parts(text);
    if zh.is_empty() || en.is_empty() {
        return (zh, en);
    }
    let chinese = zh
        .chars()
        .filter(|c| concord_domain::bilingual::is_cjk(*c))
        .count();
    let letters = en.chars().filter(|c| c.is_ascii_alphabetic()).count();
    if en.split_whitespace().count() >= 2 && letters >= 2 * chinese {
        (zh, en)
    } else {
        (text.trim().to_owned(), String::new())
    }
}

/// A rank shared by equal points, in one language.
fn tied_rank(i18n: &I18n, rank: usize) -> String {
    i18n.fmt("rank-tied", &[("rank", FluentValue::from(rank))])
}

impl Voice {
    pub fn new(language: Language) -> Voice {
        Voice {
            language,
            en: I18n::new(Locale::En),
            zh: I18n::new(Locale::ZhCn),
        }
    }

    /// The voice of `language`, built once for the whole process, for exports that run often.
    pub fn shared(language: Language) -> &'static Voice {
        static VOICES: [std::sync::OnceLock<Voice>; 3] = [
            std::sync::OnceLock::new(),
            std::sync::OnceLock::new(),
            std::sync::OnceLock::new(),
        ];
        let slot = match language {
            Language::En => 0,
            Language::ZhCn => 1,
            Language::Bilingual => 2,
        };
        VOICES[slot].get_or_init(|| Voice::new(language))
    }

    /// A message in the document's one language (Chinese for bilingual documents).
    pub fn one(&self, id: &str) -> String {
        match self.language {
            Language::En => self.en.msg(id),
            Language::ZhCn | Language::Bilingual => self.zh.msg(id),
        }
    }

    /// A message with variables in the document's one language (Chinese for bilingual ones).
    pub fn one_fmt(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        match self.language {
            Language::En => self.en.fmt(id, args),
            Language::ZhCn | Language::Bilingual => self.zh.fmt(id, args),
        }
    }

    /// A caption over a signature line: the Chinese and the English on two lines.
    pub fn caption(&self, id: &str) -> String {
        match self.language {
            Language::Bilingual => format!("{}\n{}", self.zh.msg(id), self.en.msg(id)),
            _ => self.label(id),
        }
    }

    /// A place in a ranking for a table cell: a rank shared by equal points is `5=` in
    /// English and 并列5 in Chinese (a bilingual cell holds both, on two lines).
    pub fn rank_cell(&self, rank: usize, tied: bool) -> String {
        if !tied {
            return rank.to_string();
        }
        self.cell(&tied_rank(&self.zh, rank), &tied_rank(&self.en, rank))
    }

    /// The same in a line of running text: one form, the document's first language's.
    pub fn rank_word(&self, rank: usize, tied: bool) -> String {
        match (tied, self.language) {
            (false, _) => rank.to_string(),
            (true, Language::En) => tied_rank(&self.en, rank),
            (true, Language::ZhCn | Language::Bilingual) => tied_rank(&self.zh, rank),
        }
    }

    /// A label: `日期 Date` in bilingual documents.
    pub fn label(&self, id: &str) -> String {
        self.pick(self.zh.msg(id), self.en.msg(id))
    }

    /// A message that is a sentence of running text: bilingual, the English starts its own
    /// line, so the two languages never share a justified line.
    pub fn label_lines(&self, id: &str) -> String {
        match self.language {
            Language::Bilingual => pair_of_values(self.zh.msg(id), self.en.msg(id)),
            _ => self.label(id),
        }
    }

    /// A value said in each language with that language's own variables (a date written the
    /// Chinese way in the Chinese, the English way in the English), never both inside each.
    /// Bilingual: the Chinese, then the English on its own line.
    pub fn fmt_each<'v>(
        &self,
        id: &str,
        args: impl Fn(&I18n) -> Vec<(&'static str, FluentValue<'v>)>,
    ) -> String {
        let zh = || self.zh.fmt(id, &args(&self.zh));
        let en = || self.en.fmt(id, &args(&self.en));
        match self.language {
            Language::En => en(),
            Language::ZhCn => zh(),
            Language::Bilingual => pair_of_values(zh(), en()),
        }
    }

    /// A sentence as a paragraph: in bilingual documents the Chinese, then the English in grey.
    pub fn sentence(
        &self,
        doc: &mut Document,
        secondary: bool,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) {
        let block = |text: String, grey: bool| {
            if grey {
                Block::secondary(text)
            } else {
                Block::paragraph(text)
            }
        };
        match self.language {
            Language::En => doc.push(block(self.en.fmt(id, args), secondary)),
            Language::ZhCn => doc.push(block(self.zh.fmt(id, args), secondary)),
            Language::Bilingual => {
                doc.push(block(self.zh.fmt(id, args), secondary));
                doc.push(Block::secondary(self.en.fmt(id, args)))
            }
        };
    }

    /// A table cell: in bilingual documents the Chinese and the English on two lines.
    pub fn cell(&self, zh: &str, en: &str) -> String {
        match self.pair(zh, en) {
            (main, Some(second)) => format!("{main}\n{second}"),
            (main, None) => main,
        }
    }

    /// A per cent as the document writes it: `20.5 %` in English, `20.5%` in Chinese and in
    /// a bilingual document (one form for a number both languages read).
    pub fn percent(&self, number: &str) -> String {
        match self.language {
            Language::En => self.en.locale().percent(number),
            Language::ZhCn | Language::Bilingual => self.zh.locale().percent(number),
        }
    }

    /// A value of a year: `2021年：6.00%` in Chinese, `2021: 6.00 %` in English and in a
    /// bilingual document (one form for a number both languages read).
    pub fn of_year(&self, year: impl std::fmt::Display, value: &str) -> String {
        match self.language {
            Language::ZhCn => format!("{year}年：{value}"),
            Language::En | Language::Bilingual => format!("{year}: {value}"),
        }
    }

    pub fn label_cell(&self, id: &str) -> String {
        self.cell(&self.zh.msg(id), &self.en.msg(id))
    }

    pub fn pick(&self, zh: String, en: String) -> String {
        match self.language {
            Language::En => en,
            Language::ZhCn => zh,
            Language::Bilingual if zh == en => zh,
            Language::Bilingual => format!("{zh} {en}"),
        }
    }

    /// A text held in both languages: one of them, or `zh` then `en`, falling back to whichever exists.
    pub fn pair(&self, zh: &str, en: &str) -> (String, Option<String>) {
        let (zh, en) = (zh.trim(), en.trim());
        let main_zh = if zh.is_empty() { en } else { zh };
        let main_en = if en.is_empty() { zh } else { en };
        match self.language {
            Language::En => (main_en.to_owned(), None),
            Language::ZhCn => (main_zh.to_owned(), None),
            Language::Bilingual if zh.is_empty() || en.is_empty() || zh == en => {
                (main_zh.to_owned(), None)
            }
            Language::Bilingual => (zh.to_owned(), Some(en.to_owned())),
        }
    }

    pub fn joined(&self, zh: &str, en: &str) -> String {
        match self.pair(zh, en) {
            (main, Some(second)) => format!("{main} {second}"),
            (main, None) => main,
        }
    }

    /// A person's text kept in both languages (a name, a title, an address): the document's
    /// language, both in a bilingual one ("李建国 Li Jianguo"). Where the document's language
    /// is missing, the other follows with a visible note ("Li Jianguo（仅有英文原文）"), never
    /// silently in its place.
    pub fn own(&self, zh: &str, en: &str) -> String {
        match self.language {
            Language::En => own_in(zh, en, &self.en),
            Language::ZhCn => own_in(zh, en, &self.zh),
            Language::Bilingual => self.joined(zh.trim(), en.trim()),
        }
    }

    /// [`Voice::own_split`] in the one language `i18n` speaks: an argument of
    /// [`Voice::fmt_each`], whose sentences each name the text in their own language.
    pub fn own_split_in(text: &str, i18n: &I18n) -> String {
        let (zh, en) = split_parts(text);
        own_in(&zh, &en, i18n)
    }

    /// [`Voice::typed`] in the one language `i18n` speaks.
    pub fn typed_in(text: &str, i18n: &I18n) -> String {
        let (zh, en) = typed_parts(text);
        own_in(&zh, &en, i18n)
    }

    /// [`Voice::own`] for a table cell: a bilingual cell holds both, on two lines.
    pub fn own_cell(&self, zh: &str, en: &str) -> String {
        match self.language {
            Language::Bilingual => self.cell(zh, en),
            Language::En | Language::ZhCn => self.own(zh, en),
        }
    }

    /// A name kept in one field, the Chinese first ("王志立 Wang Zhili"), in the document's
    /// script; a name written in one script only (Giulia Ferrari) is how that person is named,
    /// printed as it is.
    pub fn name_split(&self, text: &str) -> String {
        let (zh, en) = concord_domain::bilingual::split_scripts(text);
        self.joined(&zh, &en)
    }

    /// [`Voice::own`] as the value of a form's field: in a bilingual document a text of several
    /// words (a title, an administration, an address) puts its English on its own line, so the
    /// two never run into each other.
    pub fn own_value(&self, zh: &str, en: &str) -> String {
        let (zh, en) = (zh.trim(), en.trim());
        match self.language {
            Language::Bilingual if !zh.is_empty() && !en.is_empty() => {
                pair_of_values(zh.to_owned(), en.to_owned())
            }
            _ => self.own(zh, en),
        }
    }

    /// [`Voice::own`] of a name or title kept in one field, the Chinese first ("王志立 Wang
    /// Zhili").
    pub fn own_split(&self, text: &str) -> String {
        let (zh, en) = split_parts(text);
        self.own(&zh, &en)
    }

    /// A text a person typed in one field, in one language or both, the Chinese first
    /// ("渭南市韧性工作坊 Weinan resilience workshop"): each document prints its language's part,
    /// and a text only in the other language says so. What follows the Chinese is taken for
    /// its translation only where it reads as one (see `typed_parts`), so "请参阅 ISO 37123"
    /// is printed whole.
    pub fn typed(&self, text: &str) -> String {
        let (zh, en) = typed_parts(text);
        self.own(&zh, &en)
    }

    /// [`Voice::typed`] for a table cell: a bilingual cell holds both, on two lines.
    pub fn typed_cell(&self, text: &str) -> String {
        let (zh, en) = typed_parts(text);
        self.own_cell(&zh, &en)
    }

    /// A date and time as a value; bilingual: `2026年12月4日 12:45`, then `4 December 2026, 12:45`
    /// on its own line.
    pub fn date_time(&self, at: chrono::NaiveDateTime) -> String {
        match self.language {
            Language::En => self.en.datetime(at),
            Language::ZhCn => self.zh.datetime(at),
            Language::Bilingual => pair_of_values(self.zh.datetime(at), self.en.datetime(at)),
        }
    }

    pub fn page_label(&self) -> crate::PageLabel {
        let language = self.language;
        let (zh, en) = (I18n::new(Locale::ZhCn), I18n::new(Locale::En));
        crate::PageLabel::new(move |page, total| {
            let args = [
                ("page", FluentValue::from(page)),
                ("total", FluentValue::from(total)),
            ];
            match language {
                Language::En => en.fmt("doc-page-of", &args),
                Language::ZhCn => zh.fmt("doc-page-of", &args),
                Language::Bilingual => format!(
                    "{} · {}",
                    zh.fmt("doc-page-of", &args),
                    en.fmt("doc-page-of", &args)
                ),
            }
        })
    }
}

/// Two values of one field: the Chinese, then the English on its own line.
fn pair_of_values(zh: String, en: String) -> String {
    if zh == en { zh } else { format!("{zh}\n{en}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_text_splits_only_where_the_latin_reads_as_a_translation() {
        let split = |t: &str| typed_parts(t);
        assert_eq!(
            split("尚无灾害保险 No disaster insurance yet"),
            ("尚无灾害保险".into(), "No disaster insurance yet".into())
        );
        assert_eq!(
            split("示例数据，非统计数据 / illustrative, not statistics"),
            (
                "示例数据，非统计数据".into(),
                "illustrative, not statistics".into()
            )
        );
        // A reference or an acronym after the Chinese is part of it: printed whole.
        for whole in ["请参阅 ISO 37123", "建议采用 PPT", "见附件 Annex 3"] {
            assert_eq!(split(whole), (whole.into(), String::new()), "{whole}");
        }
        assert_eq!(
            split("Spring workshop"),
            (String::new(), "Spring workshop".into())
        );
        // In a document of one language: its part, or the whole with the other's note.
        let zh = Voice::new(Language::ZhCn);
        assert_eq!(zh.typed("请参阅 ISO 37123"), "请参阅 ISO 37123");
        let en = Voice::new(Language::En);
        assert!(
            en.typed("请参阅 ISO 37123")
                .starts_with("请参阅 ISO 37123 (")
        );
    }
}
