#pragma once

#include <QString>

class QWidget;

// Every file the app asks a person to choose goes through here, so tests can answer in advance (as KeePassXC's
// gui/FileDialog).
class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                   const QString &filter);
    // The next dialog is not shown; it returns `path` at once (empty: as if cancelled). Tests only.
    static void setNextFileName(const QString &path);
};
