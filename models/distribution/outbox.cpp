#include "outbox.h"

#include "core/privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class OutboxText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Outbox)
};

constexpr qsizetype maximumLine = 78;      // RFC 5322 2.1.1: lines "SHOULD" stay within 78
constexpr qsizetype encodedWordBytes = 42; // 56 base64 characters: "Subject: =?UTF-8?B?…?=" is 77
constexpr qsizetype plainWordLength = 60;  // longer words are encoded, so that they can fold
constexpr qsizetype maximumAddress = 254;  // RFC 5321 4.5.3.1.3
constexpr qsizetype quotedPrintableLine = 76; // RFC 2045 6.7, with the soft break's "="
constexpr qsizetype fileNameBytes = 100;      // well within every file system's 255

bool isLineBreakOrControl(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

// `text` with every line break and control character made a space.
QString oneLine(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const char32_t c : text.toUcs4())
        clean += isLineBreakOrControl(c) ? QString(u' ') : QString::fromUcs4(&c, 1);
    return clean;
}

// A header value from any data: one line, runs of spaces one. What is left cannot end the
// header or start another.
QString headerText(const QString &text)
{
    return oneLine(text).simplified();
}

// What the administrator sees of a bad value: one line, not endless.
QString shown(const QString &text)
{
    const QString line = headerText(text);
    return line.size() > 80 ? line.left(77) + u"…"_s : line;
}

bool isAtext(char c)
{
    static constexpr std::string_view specials = "!#$%&'*+-/=?^_`{|}~";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           specials.find(c) != std::string_view::npos;
}

// A dot-atom: atoms of `allowed` characters joined by single dots.
template<typename Allowed>
bool isDotAtom(const QByteArray &text, Allowed allowed)
{
    if (text.isEmpty() || text.startsWith('.') || text.endsWith('.') || text.contains(".."))
        return false;
    return std::all_of(text.cbegin(), text.cend(),
                       [&allowed](char c) { return c == '.' || allowed(c); });
}

// The address exactly as the header carries it, when `text` is one plain address: a dot-atom
// local part, @, and a domain (international ones in their ASCII form). Nothing else: no display
// name, no second address, no space, no comment, no quoted local part.
std::optional<QByteArray> plainAddress(const QString &text)
{
    if (text.isEmpty() || text.size() > maximumAddress)
        return std::nullopt;
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0)
        return std::nullopt;
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1);
    const auto isAscii = [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; };
    if (!std::all_of(local.cbegin(), local.cend(), isAscii))
        return std::nullopt;
    const QByteArray localPart = local.toLatin1();
    if (!isDotAtom(localPart, isAtext))
        return std::nullopt;
    // QUrl::toAce() would quietly accept what an address cannot hold: check the original first.
    if (std::any_of(domain.cbegin(), domain.cend(), [](QChar c) {
            return c.unicode() <= 0x20 || c.unicode() == 0x7f || c.isSpace() ||
                   isLineBreakOrControl(c.unicode()) ||
                   (c.unicode() < 0x80 && !c.isLetterOrNumber() && c != u'.' && c != u'-');
        }))
        return std::nullopt;
    const QByteArray ace = QUrl::toAce(domain);
    const auto isLabelCharacter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-';
    };
    if (ace.isEmpty() || !ace.contains('.') || !isDotAtom(ace, isLabelCharacter))
        return std::nullopt;
    for (const QByteArray &label : ace.split('.')) {
        if (label.startsWith('-') || label.endsWith('-') || label.size() > 63)
            return std::nullopt;
    }
    const QByteArray address = localPart + '@' + ace;
    if (address.size() > maximumAddress)
        return std::nullopt;
    return address;
}

// RFC 2047 encoded-words of at most `encodedWordBytes` bytes of UTF-8 each, never splitting a
// character, so that each one decodes on its own.
QList<QByteArray> encodedWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
        chunk.clear();
    };
    for (const char32_t c : text.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&c, 1).toUtf8();
        if (chunk.size() + bytes.size() > encodedWordBytes)
            flush();
        chunk += bytes;
    }
    flush();
    return words;
}

enum class Syntax {
    Unstructured, // the subject: any printable ASCII
    Phrase,       // a display name: atoms only, or it is encoded
};

// `text` (already one line) as the words of a header value: as written when it is plain ASCII
// with words short enough to fold between, otherwise as encoded-words.
QList<QByteArray> headerWords(const QString &text, Syntax syntax)
{
    if (text.isEmpty())
        return {};
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const bool plain = !text.contains(u"=?"_s) &&
                       std::all_of(words.cbegin(), words.cend(), [syntax](const QString &word) {
                           return word.size() <= plainWordLength &&
                                  std::all_of(word.cbegin(), word.cend(), [syntax](QChar c) {
                                      const char16_t u = c.unicode();
                                      return u > 0x20 && u < 0x7f &&
                                             (syntax == Syntax::Unstructured || isAtext(char(u)));
                                  });
                       });
    if (!plain)
        return encodedWords(text);
    QList<QByteArray> result;
    for (const QString &word : words)
        result.append(word.toLatin1());
    return result;
}

// "Name: value", folded between words so that lines stay within 78 characters where the words
// allow (only an address can be longer, and it is at most 254).
QByteArray headerField(const char *name, const QList<QByteArray> &words)
{
    QByteArray field(name);
    field += ':';
    qsizetype lineStart = 0;
    bool first = true;
    for (const QByteArray &word : words) {
        if (!first && field.size() - lineStart + 1 + word.size() > maximumLine) {
            field += "\r\n";
            lineStart = field.size();
        }
        field += ' ' + word;
        first = false;
    }
    return field + "\r\n";
}

QList<QByteArray> mailbox(const QString &displayName, const QByteArray &address)
{
    QList<QByteArray> words = headerWords(headerText(displayName), Syntax::Phrase);
    if (words.isEmpty())
        return {address};
    words.append('<' + address + '>');
    return words;
}

// RFC 5322 3.3, in English whatever the locale: "Tue, 01 Jul 2025 09:30:00 +0200".
QByteArray rfc5322Date(const QDateTime &when)
{
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime date = when.isValid() ? when : QDateTime::currentDateTime();
    const QDate day = date.date();
    const QTime time = date.time();
    const int offset = date.offsetFromUtc() / 60;
    const int absolute = std::abs(offset);
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                             days[day.dayOfWeek() - 1], day.day(), months[day.month() - 1],
                             day.year(), time.hour(), time.minute(), time.second(),
                             offset < 0 ? '-' : '+', absolute / 60, absolute % 60)
            .toLatin1();
}

QByteArray messageId(const QByteArray &from)
{
    return '<' + QUuid::createUuid().toByteArray(QUuid::Id128) + '@' +
           from.mid(from.lastIndexOf('@') + 1) + '>';
}

// The body as quoted-printable (RFC 2045 6.7): readable where it is ASCII, lines of at most 76
// characters, CRLF line ends. "From " and "." at a line's start are encoded too, so that no
// mailbox file or SMTP server mistakes a line for one of its own.
QByteArray quotedPrintable(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    for (QChar &c : normalised) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            c = u' ';
    }
    QByteArray result;
    const QList<QByteArray> lines = normalised.toUtf8().split('\n');
    for (const QByteArray &line : lines) {
        qsizetype length = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            const bool literal = (byte >= 33 && byte <= 126 && byte != '=') ||
                                 ((byte == ' ' || byte == '\t') && !last);
            const auto encoded = [byte]() -> QByteArray {
                static constexpr char hex[] = "0123456789ABCDEF";
                const char token[] = {'=', hex[byte >> 4], hex[byte & 0xf]};
                return QByteArray(token, 3);
            };
            QByteArray token = literal ? QByteArray(1, char(byte)) : encoded();
            // Room for the soft break's "=" unless this is the line's last character.
            const qsizetype room = last ? quotedPrintableLine : quotedPrintableLine - 1;
            if (length + token.size() > room) {
                result += "=\r\n";
                length = 0;
            }
            if (length == 0 && (byte == '.' || (byte == 'F' && line.mid(i, 5) == "From ")))
                token = encoded();
            result += token;
            length += token.size();
        }
        result += "\r\n";
    }
    return result;
}

// The base of a file name for `username` that every file system accepts (Windows' reserved
// characters and names included), without a leading dot that would hide it.
QString safeFileBase(const QString &username)
{
    static constexpr QStringView reservedCharacters = u"<>:\"/\\|?*";
    QString base;
    for (const char32_t c : username.normalized(QString::NormalizationForm_C).toUcs4()) {
        const auto category = QChar::category(c);
        const bool bad = isLineBreakOrControl(c) || category == QChar::Other_Format ||
                         category == QChar::Other_Surrogate ||
                         category == QChar::Other_PrivateUse ||
                         category == QChar::Other_NotAssigned ||
                         (c < 0x80 && reservedCharacters.contains(QChar(char16_t(c))));
        base += bad ? QString(u'_') : QString::fromUcs4(&c, 1);
    }
    const auto trim = [](QString &text) {
        while (!text.isEmpty() && (text.front() == u'.' || text.front().isSpace()))
            text.remove(0, 1);
        while (!text.isEmpty() && (text.back() == u'.' || text.back().isSpace()))
            text.chop(1);
    };
    trim(base);
    if (base.toUtf8().size() > fileNameBytes) {
        QString cut;
        for (const char32_t c : base.toUcs4()) {
            const QString character = QString::fromUcs4(&c, 1);
            if ((cut + character).toUtf8().size() > fileNameBytes)
                break;
            cut += character;
        }
        base = cut;
        trim(base);
    }
    if (base.isEmpty())
        return u"user"_s;
    // Windows refuses these names with any extension: CON, con.txt, "nul .eml"…
    static const QSet<QString> reservedNames = [] {
        QSet<QString> names{u"con"_s, u"prn"_s, u"aux"_s, u"nul"_s, u"conin$"_s, u"conout$"_s};
        for (const QString &device : {u"com"_s, u"lpt"_s}) {
            for (const QString &digit : {u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s,
                                         u"7"_s, u"8"_s, u"9"_s, u"¹"_s, u"²"_s, u"³"_s})
                names.insert(device + digit);
        }
        return names;
    }();
    const QString stem = base.section(u'.', 0, 0).trimmed().toLower();
    if (reservedNames.contains(stem))
        base.prepend(u'_');
    return base;
}

// The folders `path` needs that do not exist yet, the deepest first.
QStringList missingFolders(const QString &path)
{
    QStringList missing;
    QString folder = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(folder)) {
        missing.append(folder);
        const QString parent = QFileInfo(folder).path();
        if (parent == folder)
            break;
        folder = parent;
    }
    return missing;
}

struct Written
{
    QString path;
    std::optional<QByteArray> replaced; // what the file held before, to put back on failure
};

void undo(const QList<Written> &written, const QStringList &createdFolders)
{
    for (auto it = written.crbegin(); it != written.crend(); ++it) {
        if (it->replaced) {
            PrivateSaveFile file(it->path);
            if (file.open(QIODevice::WriteOnly) && file.write(*it->replaced) >= 0)
                file.commit();
        } else {
            QFile::remove(it->path);
        }
    }
    for (const QString &folder : createdFolders)
        QDir().rmdir(folder);
}

} // namespace

QString emailProblem(const Person &person)
{
    if (person.email.isEmpty())
        return OutboxText::tr("no e-mail address");
    if (!plainAddress(person.email))
        return OutboxText::tr("“%1” is not a single, plain e-mail address such as name@school.no")
                .arg(shown(person.email));
    return {};
}

QByteArray composeMessage(const Recipient &recipient, const OutboxOptions &options)
{
    const auto from = plainAddress(options.from);
    const auto to = plainAddress(recipient.person.email);
    if (!from || !to)
        return {};
    // Names and the school's details are one line each, in the body too (spaces kept as they
    // are: a password must stay exactly what it is).
    auto values = Placeholders::values(recipient, options.school);
    for (QString &value : values)
        value = oneLine(value);
    const QString subject = headerText(
            Placeholders::fill(options.subjectTemplate, values, Placeholders::Format::PlainText));
    const QString body =
            Placeholders::fill(options.bodyTemplate, values, Placeholders::Format::PlainText);

    QByteArray message;
    message += headerField("From", mailbox(options.school.schoolName, *from));
    message += headerField("To", mailbox(recipient.person.fullName(), *to));
    message += headerField("Subject", headerWords(subject, Syntax::Unstructured));
    message += headerField("Date", {rfc5322Date(options.date)});
    message += headerField("Message-ID", {messageId(*from)});
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: quoted-printable\r\n";
    // Outlook opens a message with this header as a draft, ready to send.
    message += "X-Unsent: 1\r\n";
    message += "\r\n";
    message += quotedPrintable(body);
    return message;
}

Result<OutboxResult> writeOutbox(const QList<Recipient> &recipients, const QString &directory,
                                 const OutboxOptions &options)
{
    if (options.from.trimmed().isEmpty())
        return Error::invalid(OutboxText::tr(
                "The e-mails need a sender address. Set the sender (email_from) in Edit "
                "global settings, such as office@yourschool.no (or “rollbook-cli settings "
                "email_from office@yourschool.no”)."));
    if (!plainAddress(options.from))
        return Error::invalid(
                OutboxText::tr("“%1” cannot be the sender of the e-mails: it must be one plain "
                               "address, such as office@yourschool.no. Correct the sender "
                               "(email_from) in Edit global settings.")
                        .arg(shown(options.from)));

    OutboxOptions fixed = options;
    if (!fixed.date.isValid())
        fixed.date = QDateTime::currentDateTime();

    const QStringList createdFolders = missingFolders(directory);
    // A folder made for the e-mails is owner-only, as they are (core/privatefile.h).
    if (!PrivateFiles::makeFolder(directory)) {
        undo({}, createdFolders);
        return Error::file(
                OutboxText::tr("Cannot create the folder %1. Choose another folder for the "
                               "e-mails.")
                        .arg(QDir::toNativeSeparators(directory)));
    }
    // Each message is written as soon as it is made: only one is ever held in memory.
    const QDir folder(directory);
    OutboxResult result;
    QList<Written> written;
    QSet<QString> taken; // case-folded: Windows and macOS ignore case
    for (const Recipient &recipient : recipients) {
        if (!emailProblem(recipient.person).isEmpty()) {
            result.withoutEmail.append(recipient.person);
            continue;
        }
        const QString base = safeFileBase(recipient.person.username);
        QString name = base + u".eml"_s;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = u"%1-%2.eml"_s.arg(base).arg(n);
        taken.insert(name.toCaseFolded());
        const QByteArray message = composeMessage(recipient, fixed);

        const QString path = folder.filePath(name);
        Written entry{path, std::nullopt};
        if (QFileInfo(path).isFile()) {
            QFile old(path);
            if (old.open(QIODevice::ReadOnly))
                entry.replaced = old.readAll();
        }
        // A plain write, not a (Private)SaveFile: its flush to disk per file made 4,000 messages
        // take 15 s. A file left half written by a failure is removed or put back by undo(). A
        // file of the same name is removed first, not truncated, which would keep its
        // permissions: the new one is created owner-only.
        QFile file(path);
        const bool ok = (!QFileInfo::exists(path) || file.remove()) && PrivateFiles::create(file) &&
                        file.write(message) == message.size() && file.flush();
        if (!ok) {
            const QString why = file.errorString();
            undo(written, createdFolders);
            return Error::file(
                    OutboxText::tr("Cannot write the e-mail %1: %2. No e-mails were written.")
                            .arg(QDir::toNativeSeparators(path), why));
        }
        written.append(entry);
        result.files.append(name);
    }
    return result;
}

} // namespace Rollbook
