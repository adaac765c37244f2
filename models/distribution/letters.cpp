#include "letters.h"

#include "core/privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class LettersText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Letters)
};

constexpr qreal MarginMillimetres = 20.0;

// The resolution a document lays its text out at when it has no paint device of its own: the
// page size and margins are given in the same units, so that the letter keeps its proportions on
// every printer (QTextDocument::print scales the laid out page to the printer's page). Asks the
// screen: on the GUI thread only.
qreal screenDotsPerInch()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96.0;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100.0;
}

QPageSize paperOf(const LetterOptions &options)
{
    return options.pageSize.isValid() ? options.pageSize : QPageSize(QPageSize::A4);
}

} // namespace

QPageSize localPaperSize()
{
    return QPageSize(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem
                             ? QPageSize::Letter
                             : QPageSize::A4);
}

LetterPaper localLetterPaper()
{
    return {localPaperSize(), screenDotsPerInch()};
}

std::unique_ptr<QTextDocument> buildLetters(const QList<Recipient> &recipients,
                                            const LetterOptions &options)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    QFont font = document->defaultFont();
    font.setPointSizeF(letterFontPoints);
    // No ligatures: "fi" in a password stays two letters, also when copied out of the PDF.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);

    const qreal dotsPerInch = options.dotsPerInch > 0 ? options.dotsPerInch : screenDotsPerInch();
    const qreal dotsPerPoint = dotsPerInch / 72.0;
    const QSizeF page = paperOf(options).size(QPageSize::Point) * dotsPerPoint;
    document->setPageSize(page);

    QTextCursor cursor(document.get());
    cursor.beginEditBlock(); // one layout at the end, not one per letter
    bool first = true;
    for (const Recipient &recipient : recipients) {
        if (!first) // a plain block: not in the list or style the letter before ended with
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const int start = cursor.position();
        cursor.insertHtml(Placeholders::fill(options.templateHtml,
                                             Placeholders::values(recipient, options.school),
                                             Placeholders::Format::Html));
        if (!first) {
            // Each letter starts a new page: the break goes on the letter's first block.
            QTextBlockFormat breakBefore;
            breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(document->findBlock(start)).mergeBlockFormat(breakBefore);
        }
        cursor.movePosition(QTextCursor::End);
        first = false;
    }
    cursor.endEditBlock();

    const qreal margin = MarginMillimetres / 25.4 * dotsPerInch;
    QTextFrameFormat frame = document->rootFrame()->frameFormat();
    frame.setMargin(margin);
    document->rootFrame()->setFrameFormat(frame);
    return document;
}

Status writeLettersPdf(const QList<Recipient> &recipients, const LetterOptions &options,
                       const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (recipients.isEmpty())
        return Error::invalid(
                LettersText::tr("There is nobody to write a letter to, so “%1” was not "
                                "written. Choose other people.")
                        .arg(shown));
    const auto document = buildLetters(recipients, options);

    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::file(LettersText::tr("Could not write the letters to “%1”: %2.")
                                   .arg(shown, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(LettersText::tr("Login letters"));
        writer.setCreator(u"Rollbook"_s);
        writer.setPageLayout(QPageLayout(paperOf(options), QPageLayout::Portrait, QMarginsF()));
        document->print(&writer);
    }
    if (file.pos() == 0) // the PDF could not even be started; the temporary file goes
        return Error::file(LettersText::tr("Could not write the letters to “%1”.").arg(shown));
    if (!file.commit())
        return Error::file(LettersText::tr("Could not write the letters to “%1”: %2.")
                                   .arg(shown, file.errorString()));
    return success();
}

} // namespace Rollbook
