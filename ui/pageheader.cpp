#include "pageheader.h"

#include "helpbrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : PageHeader(title, QString(), parent)
{}

PageHeader::PageHeader(const QString &title, const QString &helpTopic, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_helpTopic(helpTopic)
{
    m_title->setObjectName(u"pageTitle"_s);
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_title->setFont(heading);
    m_title->setAccessibleName(title);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    if (!helpTopic.isEmpty()) {
        m_helpButton = new QToolButton(this);
        m_helpButton->setObjectName(u"helpButton"_s);
        // Alt+? as well as F1, like every other button of a page that has a mnemonic.
        m_helpButton->setText(u"&?"_s);
        QFont mark = m_helpButton->font();
        mark.setBold(true);
        mark.setPointSizeF(mark.pointSizeF() * 1.15);
        m_helpButton->setFont(mark);
        m_helpButton->setAccessibleName(tr("Help on this page"));
        m_helpButton->setToolTip(tr("Help on this page (%1)")
                                         .arg(QKeySequence(QKeySequence::HelpContents)
                                                      .toString(QKeySequence::NativeText)));
        // Reached with Tab like any button; a click does not take the focus from the page.
        m_helpButton->setFocusPolicy(Qt::TabFocus);
        m_helpButton->setAutoRaise(false);
        layout->addWidget(m_helpButton, 0, Qt::AlignVCenter);
        connect(m_helpButton, &QToolButton::clicked, this, [this] { showHelp(this, m_helpTopic); });
    }
    layout->addStretch();
}

QString PageHeader::title() const
{
    return m_title->text();
}

} // namespace Rollbook
