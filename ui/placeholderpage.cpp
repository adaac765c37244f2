#include "placeholderpage.h"

#include "pageheader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Rollbook {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent)
    : Page(parent)
    , m_title(title)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title, this));
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setFocusPolicy(Qt::StrongFocus); // screen readers reach it with Tab
    text->setAccessibleName(title);
    text->setObjectName(QStringLiteral("explanation"));
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace Rollbook
