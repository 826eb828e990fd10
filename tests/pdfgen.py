"""Tiny PDF writer for tests: real PDFs made by the tests, never copied from the corpus."""

from __future__ import annotations


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], font_size: float = 11.0, leading: float = 14.0,
             drawn_bottom_up: bool = False) -> bytes:
    """A PDF whose pages hold the given lines; an empty string leaves a paragraph gap.

    A line given as ("#", text) is drawn larger, like a heading. `drawn_bottom_up` puts
    the same lines in the content stream last line first, as some generators do: a
    reader that follows the stream and one that follows the page disagree on the order.
    """
    objects: list[bytes] = []
    n = len(pages)
    font_id = 3 + 2 * n
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for i, lines in enumerate(pages):
        ops = ["BT"]
        y = 800.0
        for line in lines:
            if line == "":
                y -= leading
                continue
            size = font_size
            if isinstance(line, tuple):
                size, line = font_size * 1.6, line[1]
            ops.append(f"/F1 {size:g} Tf 1 0 0 1 72 {y:g} Tm ({_escape(line)}) Tj")
            y -= leading if size == font_size else leading * 1.8
        if drawn_bottom_up:
            ops[1:] = ops[:0:-1]
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {4 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    return _serialise(objects)


def make_image_only_pdf() -> bytes:
    """A one-page PDF with a drawn shape and no text layer, like a scanned page."""
    stream = b"0.5 g 72 72 400 600 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return _serialise(objects)


def _serialise(objects: list[bytes]) -> bytes:
    """Numbered objects, a cross-reference table with their offsets, and the trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def encrypt_pdf(data: bytes, password: str = "secret") -> bytes:
    """The same PDF behind a user password (pypdf, a dev dependency)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
