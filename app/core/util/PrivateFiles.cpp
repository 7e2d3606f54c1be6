#include "PrivateFiles.h"

#include <QDir>
#include <QFile>

namespace PrivateFiles {

bool makeFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

bool makeFile(const QString &file)
{
    QFile f(file);
    if (!f.exists()) {
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.close();
    }
    restrict(file);
    return true;
}

void restrict(const QString &file)
{
    if (QFile::exists(file))
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace PrivateFiles
