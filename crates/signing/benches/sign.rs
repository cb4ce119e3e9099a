//! Signing time on a PDF of about 150 KB (the size of a bilingual declaration with its font).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Utc};
use concord_signing::{CityIdentity, Keyring, SignerIdentity, sign_pdf, verify_pdf};
use criterion::{Criterion, criterion_group, criterion_main};
use lopdf::{Document, Object, Stream, dictionary};

/// A one-page PDF whose content stream makes it `size` bytes long, give or take.
fn pdf_of_size(size: usize) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let line = "BT /F1 9 Tf 40 800 Td (Concord benchmark line of text) Tj ET\n";
    let content = line.repeat(size / line.len());
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Contents" => content_id,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id } },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    out
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let now: DateTime<Utc> = Utc::now();
    let city = CityIdentity {
        city_zh: "渭南".into(),
        city_en: "Weinan".into(),
    };
    let keys = Keyring::open_or_create(dir.path(), &city, now).expect("keyring");
    let signer = keys
        .signer(
            &SignerIdentity {
                name: "Li Ming".into(),
                role_key: "focal-point".into(),
                city_zh: "渭南".into(),
                city_en: "Weinan".into(),
                title: "Director".into(),
                organisation: "Weinan Municipal Government".into(),
                email: "li.ming@weinan.example".into(),
            },
            now,
        )
        .expect("signer");
    let pdf = pdf_of_size(150 * 1024);
    let at = now.fixed_offset();
    eprintln!("input PDF: {} KB", pdf.len() / 1024);
    c.bench_function("sign_pdf 150 KB", |b| {
        b.iter(|| sign_pdf(&pdf, &signer, at, "Approval", "Weinan").expect("sign"))
    });
    let signed = sign_pdf(&pdf, &signer, at, "Approval", "Weinan").expect("sign");
    c.bench_function("verify_pdf 150 KB", |b| {
        b.iter(|| verify_pdf(&signed).expect("verify"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
