#include "formtext.h"

#include <QLabel>
#include <QPalette>
#include <QSizePolicy>

namespace Rollbook {

void fillWidth(QLabel *label)
{
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Expanding);
    label->setSizePolicy(policy);
}

QLabel *helpText(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    fillWidth(label);
    return label;
}

} // namespace Rollbook
