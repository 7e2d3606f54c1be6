#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace {
std::optional<QString> next;
}

void FileDialog::setNextFileName(const QString &path)
{
    next = path;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                    const QString &filter)
{
    if (next) {
        const QString answer = *next;
        next.reset();
        return answer;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
}
