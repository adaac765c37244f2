#pragma once

#include "core/result.h"
#include "distribution/audience.h"
#include "distribution/placeholders.h"

#include <QList>
#include <QPageSize>
#include <QString>

#include <memory>

class QTextDocument;

namespace Rollbook {

// Login letters (DESIGN §1.6): one page per person from the letter template of the global
// settings (HTML with placeholders), ready to print or to save as PDF.
// The size letters are printed at; the settings page edits the letter at the same size, which
// its HTML then records.
inline constexpr qreal letterFontPoints = 11.0;

// The paper letters are printed on, and the resolution their text is laid out at.
struct LetterPaper
{
    QPageSize size = QPageSize(QPageSize::A4);
    qreal dotsPerInch = 96.0;
};

struct LetterOptions
{
    QString templateHtml; // SettingsStore::LetterTemplate
    SchoolDetails school;
    QPageSize pageSize = QPageSize(QPageSize::A4);
    // The resolution the text is laid out at; 0: the screen's, which only the GUI thread may
    // ask for. A worker is handed localLetterPaper()'s.
    qreal dotsPerInch = 0.0;
};

// US Letter where the system's locale measures in inches, A4 everywhere else.
QPageSize localPaperSize();
// The local paper and the screen's resolution. Call on the GUI thread (it asks the screen) and
// hand the result to a worker that writes letters.
LetterPaper localLetterPaper();

// One document of all the letters, each starting on a new page: the template filled in for each
// recipient (values escaped, so a name is never markup), 11 pt text, margins of 20 mm, laid out
// on pages of `options.pageSize`. QTextDocument::print() scales that page to the printable area
// of the device, so print it with the device's page margins at zero (or the printer's least):
// the margins are the letter's own. No ligatures, so a password copied out of a PDF is as
// written. Needs a QGuiApplication (fonts); may be built and printed on a worker thread that
// then owns it. No recipients: an empty document.
std::unique_ptr<QTextDocument> buildLetters(const QList<Recipient> &recipients,
                                            const LetterOptions &options);

// Writes the letters as a PDF of one page per recipient (a letter too long for its page
// continues on the next and counts as more), titled "Login letters". Written atomically: a
// failure leaves no partial file, and the error (Error::file) names the file. No recipients:
// an Error::invalid, and no file.
Status writeLettersPdf(const QList<Recipient> &recipients, const LetterOptions &options,
                       const QString &path);

} // namespace Rollbook
