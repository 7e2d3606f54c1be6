#pragma once

#include <QString>

// Where ActiveDesk keeps its files, the same for the desk, the kiosk and activedesk-admin: one `--data-dir` (or the
// default) names one member database, whichever program opens it.
namespace DataLocation {
// ~/.local/share/ActiveDesk/activedesk (the desk's AppDataLocation), whatever the running program is called.
QString defaultDir();
// The `--data-dir` given, else the default.
QString dataDir(const QString &given);
// The member database's folder inside a data folder (members.sqlite is in it).
QString memberDatabase(const QString &dataDir);
// The embedded sandbox's folder inside a data folder.
QString sandbox(const QString &dataDir);
} // namespace DataLocation
