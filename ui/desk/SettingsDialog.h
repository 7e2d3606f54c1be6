#pragma once

#include "imin/ConnectionCheck.h"
#include "imin/ImminConfig.h"

#include <QDialog>

class Services;
class Field;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDoubleSpinBox;
class QGridLayout;
class QVBoxLayout;

// Admin-only settings. The API key field is write-only: the stored key is never shown; a typed one goes to the
// keychain.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Services *services, const QString &currentKey, QWidget *parent = nullptr);
    ImminConfig config() const;

Q_SIGNALS:
    void applied(const ImminConfig &config);

private:
    // The constructor's parts.
    void buildImminFields(QGridLayout *grid);
    void buildKioskFields(QGridLayout *grid);
    void buildButtons(QVBoxLayout *layout, QWidget *content);
    void addLine(QGridLayout *grid, const QString &name, const QString &label, const QString &value,
                 const QString &placeholder, int row, int column, int span = 1);
    bool iminLeftEmpty() const;
    bool validate();
    void testConnection();
    void testCheckout();
    // Runs one of ConnectionCheck's checks with the dialog's settings and shows its lines.
    using Check = void (*)(ImminClient &, QObject *, std::function<void(const QVector<ConnectionCheck::Line> &)>);
    void runCheck(const QString &waiting, const Check &check);
    void save();
    Services *m_services;
    QString m_currentKey;
    QMap<QString, Field *> m_fields;
    QLineEdit *m_key;
    class QComboBox *m_language;
    QDoubleSpinBox *m_lat, *m_lng, *m_radius;
    QSpinBox *m_timeout, *m_kioskIdle, *m_kioskLogInIdle;
    class QPlainTextEdit *m_kioskTerms;
    QLabel *m_result;
};
