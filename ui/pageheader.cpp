#include "pageheader.h"

namespace Rollbook {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QLabel(title, parent)
{
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    setFont(heading);
    setAccessibleName(title);
    setContentsMargins(0, 0, 0, 6);
}

} // namespace Rollbook
