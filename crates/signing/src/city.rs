//! Signing for a dialogue's city: where its keys live (`keys/` next to the database), who signs
//! (the focal point or the high-level representative, named as the dialogue names them) and
//! the reason written into each signature. The command line and the window both sign through
//! here, so a document signed in either is signed the same way.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use concord_domain::Dialogue;
use concord_i18n::{FluentValue, I18n, Locale};

use crate::{
    AuthorityOrigin, CityIdentity, Fingerprint, Keyring, Result, SignerIdentity, TrustedAuthorities,
};

/// Who signs digitally for the city.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CityRole {
    /// The dialogue's focal point.
    FocalPoint,
    /// The high-level representative.
    Representative,
}

impl CityRole {
    /// Names the signer's key files.
    pub fn key(self) -> &'static str {
        match self {
            CityRole::FocalPoint => "focal-point",
            CityRole::Representative => "representative",
        }
    }
}

/// `keys/` in the folder of the database: never inside it, so neither a backup nor an archive
/// carries the keys.
pub fn keys_dir(db: &Path) -> PathBuf {
    let parent = db.parent().filter(|p| !p.as_os_str().is_empty());
    parent.unwrap_or(Path::new(".")).join("keys")
}

/// The city authority's certificate beside the database at `db`.
pub fn city_authority_path(db: &Path) -> PathBuf {
    keys_dir(db).join("city-ca.cert.pem")
}

/// The authorities a verification beside `db` trusts: the city's own, when its key folder
/// has one (verifying never creates it). Partners' are added with
/// [`TrustedAuthorities::add_pem`].
pub fn city_trusted_authorities(db: &Path) -> Result<TrustedAuthorities> {
    let mut trusted = TrustedAuthorities::default();
    crate::trust::read_authority_file(
        &mut trusted,
        &city_authority_path(db),
        AuthorityOrigin::City,
    )?;
    Ok(trusted)
}

/// The city's key folder for the database at `db`, its authority created on first use.
pub fn city_keyring(db: &Path, dialogue: &Dialogue, now: DateTime<FixedOffset>) -> Result<Keyring> {
    let city = CityIdentity {
        city_zh: dialogue.city_zh.clone(),
        city_en: dialogue.city_en.clone(),
    };
    Keyring::open_or_create(&keys_dir(db), &city, now.to_utc())
}

/// The fingerprint of `role`'s certificate (issued now if it is not yet), for a document's
/// footer before it is signed: the footer is then part of what the signature covers.
pub fn city_signer_fingerprint(
    db: &Path,
    dialogue: &Dialogue,
    role: CityRole,
    now: DateTime<FixedOffset>,
) -> Result<Fingerprint> {
    let keyring = city_keyring(db, dialogue, now)?;
    Ok(keyring
        .signer(&signer_identity(dialogue, role), now.to_utc())?
        .fingerprint())
}

/// Signs `pdf` for `role` of the dialogue's city with the keys next to `db` (created on first
/// use). The reason is written in the document's languages (`reason_in`, in order: one for a
/// Chinese or an English document, both for a bilingual one or a PDF of unknown language).
pub fn sign_for_city(
    db: &Path,
    dialogue: &Dialogue,
    pdf: &[u8],
    role: CityRole,
    now: DateTime<FixedOffset>,
    reason_in: &[Locale],
) -> Result<Vec<u8>> {
    let keyring = city_keyring(db, dialogue, now)?;
    let signer = keyring.signer(&signer_identity(dialogue, role), now.to_utc())?;
    let city = city_names(dialogue);
    let reason = signing_reason(dialogue, role, reason_in);
    // Into the field the document placed on the role's signature line, when it has one.
    crate::sign_pdf_in_field(pdf, &signer, now, &reason, &city, Some(role.key()))
}

/// Why `role` signs, in each of `locales`, the city named in that language's script.
pub fn signing_reason(dialogue: &Dialogue, role: CityRole, locales: &[Locale]) -> String {
    let locales = if locales.is_empty() {
        &[Locale::En, Locale::ZhCn][..]
    } else {
        locales
    };
    locales
        .iter()
        .map(|&locale| {
            let (own, other) = match locale {
                Locale::En => (&dialogue.city_en, &dialogue.city_zh),
                Locale::ZhCn => (&dialogue.city_zh, &dialogue.city_en),
            };
            let city = if own.trim().is_empty() { other } else { own };
            I18n::shared(locale).fmt(
                match role {
                    CityRole::FocalPoint => "signing-reason-focal-point",
                    CityRole::Representative => "signing-reason-representative",
                },
                &[("city", FluentValue::from(city.trim()))],
            )
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// `Weinan 渭南`: the city in both scripts, as the signature's location.
pub fn city_names(dialogue: &Dialogue) -> String {
    format!("{} {}", dialogue.city_en.trim(), dialogue.city_zh.trim())
        .trim()
        .to_owned()
}

/// What `role`'s certificate says about the signer, from the dialogue.
pub fn signer_identity(dialogue: &Dialogue, role: CityRole) -> SignerIdentity {
    let fp = &dialogue.focal_point;
    // Both sign for the city's administration, the focal point's form names it.
    let organisation = join(&fp.administration_zh, &fp.administration_en);
    let (name, title, email) = match role {
        CityRole::FocalPoint => (fp.full_name(), fp.title_both(), fp.email.clone()),
        CityRole::Representative => {
            let rep = &dialogue.high_level_rep;
            (rep.name_both(), rep.title_both(), String::new())
        }
    };
    SignerIdentity {
        name: name.trim().to_owned(),
        role_key: role.key().to_owned(),
        city_zh: dialogue.city_zh.clone(),
        city_en: dialogue.city_en.clone(),
        title,
        organisation,
        email,
    }
}

fn join(zh: &str, en: &str) -> String {
    format!("{} {}", zh.trim(), en.trim()).trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_live_next_to_the_database() {
        assert_eq!(
            keys_dir(Path::new("/data/concord/concord.db")),
            Path::new("/data/concord/keys")
        );
        assert_eq!(keys_dir(Path::new("concord.db")), Path::new("./keys"));
    }

    #[test]
    fn the_focal_point_signs_with_the_dialogue_names() {
        let mut dialogue = Dialogue {
            city_zh: "渭南".into(),
            city_en: " Weinan ".into(),
            ..Dialogue::default()
        };
        dialogue.focal_point.family_name_en = "Li".into();
        dialogue.focal_point.first_name_en = "Jianguo ".into();
        dialogue.focal_point.email = "li.jianguo@weinan.gov.cn".into();
        let who = signer_identity(&dialogue, CityRole::FocalPoint);
        assert_eq!(who.name, "Li Jianguo");
        assert_eq!(who.role_key, "focal-point");
        assert_eq!(who.email, "li.jianguo@weinan.gov.cn");
        assert_eq!(city_names(&dialogue), "Weinan 渭南");
    }

    #[test]
    fn the_certificate_names_the_title_and_the_administration() {
        let mut dialogue = Dialogue::default();
        dialogue.high_level_rep.name_zh = "王志立".into();
        dialogue.high_level_rep.name_en = "Wang Zhili".into();
        dialogue.high_level_rep.title_zh = "渭南市市长".into();
        dialogue.high_level_rep.title_en = "Mayor of Weinan".into();
        dialogue.focal_point.administration_zh = "渭南市人民政府".into();
        dialogue.focal_point.administration_en = "Weinan Municipal People's Government".into();
        let who = signer_identity(&dialogue, CityRole::Representative);
        assert_eq!(who.name, "王志立 Wang Zhili");
        assert_eq!(who.title, "渭南市市长 Mayor of Weinan");
        assert_eq!(
            who.organisation,
            "渭南市人民政府 Weinan Municipal People's Government"
        );
    }

    #[test]
    fn the_reason_is_in_the_documents_language() {
        let dialogue = Dialogue {
            city_zh: "渭南".into(),
            city_en: "Weinan".into(),
            ..Dialogue::default()
        };
        let zh = signing_reason(&dialogue, CityRole::FocalPoint, &[Locale::ZhCn]);
        assert!(zh.contains("渭南") && !zh.contains("Weinan"), "{zh}");
        assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()), "{zh}");
        let en = signing_reason(&dialogue, CityRole::FocalPoint, &[Locale::En]);
        assert!(en.contains("Weinan") && !en.contains('渭'), "{en}");
        let both = signing_reason(&dialogue, CityRole::FocalPoint, &[]);
        assert!(both.contains("Weinan") && both.contains("渭南"), "{both}");
    }
}
