#include "DataLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace DataLocation {
QString defaultDir()
{
    // Spelled out rather than AppDataLocation, which follows the running program's name (activedesk-admin's would
    // be another folder).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("ActiveDesk/activedesk"));
}

QString dataDir(const QString &given)
{
    return given.isEmpty() ? defaultDir() : given;
}

QString memberDatabase(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("members"));
}

QString sandbox(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("sandbox"));
}
} // namespace DataLocation
