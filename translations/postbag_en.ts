<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>postbag::app</name>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message read</numerusform>
            <numerusform>%n messages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n message(s) into %2 (%3 already there, %4 marked deleted).</source>
        <translation>
            <numerusform>Imported %1 of %n message into %2 (%3 already there, %4 marked deleted).</numerusform>
            <numerusform>Imported %1 of %n messages into %2 (%3 already there, %4 marked deleted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had only their headers downloaded and were exported without their body (open each and download the rest first)</source>
        <translation>
            <numerusform>%n message had only its headers downloaded and was exported without its body (open it and download the rest first)</numerusform>
            <numerusform>%n messages had only their headers downloaded and were exported without their body (open each and download the rest first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were imported into %1 before that.</source>
        <translation>
            <numerusform>%n message was imported into %1 before that.</numerusform>
            <numerusform>%n messages were imported into %1 before that.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postbag::ui::DetectPage</name>
    <message numerus="yes">
        <source>Found %n possible setting(s); the best one is selected.</source>
        <extracomment>%n is the number of settings found</extracomment>
        <translation>
            <numerusform>Found %n possible setting; the best one is selected.</numerusform>
            <numerusform>Found %n possible settings; the best one is selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n possible setting(s), but none from a source that can be trusted on its own. Choose one only if your provider gave you that server name, or enter the settings yourself.</source>
        <extracomment>%n is the number of settings found</extracomment>
        <translation>
            <numerusform>Found %n possible setting, but not from a source that can be trusted on its own. Choose it only if your provider gave you that server name, or enter the settings yourself.</numerusform>
            <numerusform>Found %n possible settings, but none from a source that can be trusted on its own. Choose one only if your provider gave you that server name, or enter the settings yourself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postbag::ui::MainWindow</name>
    <message numerus="yes">
        <source>Saved %n attachment(s).</source>
        <extracomment>Status bar after saving attachments; %n files</extracomment>
        <translation>
            <numerusform>Saved %n attachment.</numerusform>
            <numerusform>Saved %n attachments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s)</source>
        <extracomment>Status bar after a sync; %1 account name, %n messages downloaded</extracomment>
        <translation>
            <numerusform>%1: %n new message</numerusform>
            <numerusform>%1: %n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more on the server could not be downloaded; the next check tries again)</source>
        <extracomment>Status bar, after &quot;%1: %n new message(s)&quot;; %n messages the sync could not download</extracomment>
        <translation>
            <numerusform>(%n more on the server could not be downloaded; the next check tries again)</numerusform>
            <numerusform>(%n more on the server could not be downloaded; the next check tries again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <extracomment>Status bar after sending; %n messages</extracomment>
        <translation>
            <numerusform>Sent %n message.</numerusform>
            <numerusform>Sent %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postbag::ui::MessageActions</name>
    <message numerus="yes">
        <source>Permanently delete %n message(s)? This cannot be undone.</source>
        <extracomment>Question before deleting messages without keeping them in Trash</extracomment>
        <translation>
            <numerusform>Permanently delete %n message? This cannot be undone.</numerusform>
            <numerusform>Permanently delete %n messages? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postbag::ui::OptionsForm</name>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Suffix after a number of days (the number itself is shown before it)</extracomment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <extracomment>Suffix after a number of minutes (the number itself is shown before it)</extracomment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postbag::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Postbag: %n unread message(s)</source>
        <extracomment>Tray icon tooltip; %n unread messages</extracomment>
        <translation>
            <numerusform>Postbag: %n unread message</numerusform>
            <numerusform>Postbag: %n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) for %1</source>
        <extracomment>Notification text: %n new messages for account %1</extracomment>
        <translation>
            <numerusform>%n new message for %1</numerusform>
            <numerusform>%n new messages for %1</numerusform>
        </translation>
    </message>
</context>
</TS>
