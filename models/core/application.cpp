#include "application.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Rollbook"_s);
    QCoreApplication::setOrganizationDomain(u"rollbook.example"_s);
    QCoreApplication::setApplicationName(u"Rollbook"_s);
    QCoreApplication::setApplicationVersion(versionString());
}

QString versionString()
{
    return QStringLiteral(ROLLBOOK_VERSION);
}

} // namespace Rollbook
