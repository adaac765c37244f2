#include "welcomewidget.h"

#include "helpbrowser.h"

#include <QApplication>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// The column's width: a few words a line read easily, and the buttons sit side by side.
constexpr int columnWidth = 500;

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A label holding one link that Tab lands on as a whole, so that Enter opens it (a plain
// QLabel takes the focus with no link chosen, and Tab would then stop on the link first).
class LinkLabel : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        QLabel::focusInEvent(event);
        if (event->reason() != Qt::MouseFocusReason)
            QLabel::focusNextPrevChild(true); // chooses the link
    }
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcome"_s);
    setAccessibleName(tr("Welcome"));

    auto *column = new QWidget(this);
    column->setMaximumWidth(columnWidth);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Rollbook's own icon where the program has one (the tests' programs do not).
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        auto *logo = new QLabel(column);
        logo->setObjectName(u"welcomeIcon"_s);
        logo->setPixmap(icon.pixmap(64, 64));
        logo->setAlignment(Qt::AlignHCenter);
        logo->setAccessibleName(tr("Rollbook"));
        layout->addWidget(logo);
        layout->addSpacing(12);
    }

    auto *title = new QLabel(tr("Welcome to Rollbook"), column);
    title->setObjectName(u"welcomeTitle"_s);
    QFont heading = title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    title->setFont(heading);
    title->setAlignment(Qt::AlignHCenter);
    title->setAccessibleName(title->text());
    layout->addWidget(title);
    layout->addSpacing(14);

    QLabel *start = paragraph(tr("There is nobody in this database yet. Start with your learners: "
                                 "import them from a file, then their parents. Each parent names "
                                 "a child, so the children come first."),
                              column);
    start->setObjectName(u"welcomeText"_s);
    layout->addWidget(start);
    layout->addSpacing(8);
    QLabel *sample = paragraph(tr("To look around first, open a sample school: Rollbook makes one "
                                  "up in a database of its own and leaves yours as it is."),
                               column);
    layout->addWidget(sample);
    layout->addSpacing(22);

    m_import = new QPushButton(tr("&Import Users from File…"), column);
    m_import->setObjectName(u"welcomeImport"_s);
    m_import->setDefault(true);
    m_import->setAccessibleDescription(
            tr("Opens Import users from file, to import the learners first"));
    m_sample = new QPushButton(tr("&Open a Sample School"), column);
    m_sample->setObjectName(u"welcomeSample"_s);
    m_sample->setAccessibleDescription(
            tr("Makes a sample school in a new database beside yours and opens it"));
    // Room around the words: these are the page's only actions.
    for (QPushButton *button : {m_import, m_sample}) {
        button->setMinimumHeight(button->sizeHint().height() + 8);
        button->setMinimumWidth(button->sizeHint().width() + 24);
    }
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_sample);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addSpacing(18);

    const QString linkText = tr("The order of work: children first");
    m_orderLink =
            new LinkLabel(u"<a href=\"order\">%1</a>"_s.arg(linkText.toHtmlEscaped()), column);
    m_orderLink->setObjectName(u"welcomeOrderLink"_s);
    m_orderLink->setTextFormat(Qt::RichText);
    m_orderLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                         Qt::LinksAccessibleByKeyboard);
    m_orderLink->setOpenExternalLinks(false);
    m_orderLink->setAlignment(Qt::AlignHCenter);
    m_orderLink->setAccessibleName(linkText);
    m_orderLink->setAccessibleDescription(tr("Opens the help on the order of work"));
    m_orderLink->setToolTip(tr("Opens the help on the order of work"));
    layout->addWidget(m_orderLink);

    // The column in the middle, a little above the centre, as wide as it needs and no wider.
    // (The column takes up to its maximum width first; the stretches share what is left.)
    auto *across = new QHBoxLayout;
    across->addStretch(1);
    across->addWidget(column, 100);
    across->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(2);
    outer->addLayout(across);
    outer->addStretch(3);

    setTabOrder(m_import, m_sample);
    setTabOrder(m_sample, m_orderLink);
    // Whoever focuses the welcome lands on its default action.
    setFocusProxy(m_import);

    connect(m_import, &QPushButton::clicked, this, &WelcomeWidget::importRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomeWidget::sampleRequested);
    connect(m_orderLink, &QLabel::linkActivated, this,
            [this](const QString &topic) { showHelp(this, topic); });
}

} // namespace Rollbook
