<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:
  account add|list|remove|test   manage POP3 accounts
  sync [--account NAME]          download new mail from all (or one) accounts
  folders                        list folders with unread and total counts
  list FOLDER                    list the messages of a folder
  search QUERY                   search all mail (from:, subject:, has:attachment, ...)
  show ID [--raw]                print a message (--raw: the exact stored bytes)
  import FILE --folder FOLDER    import an mbox file, a Maildir or an .eml file
  export FOLDER --mbox FILE      write a folder to an mbox file (ID --eml FILE: one message)
Add --json to folders, list and search for output meant for scripts.
Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication, 4 connection or TLS, 5 server busy
(try later), 6 local storage.</source>
        <extracomment>The command list of postbag --help; keep the command words and options in English.</extracomment>
        <translation>Befehle:
  account add|list|remove|test   POP3-Konten verwalten
  sync [--account NAME]          neue Nachrichten aller (oder eines) Konten abrufen
  folders                        Ordner mit Anzahl ungelesener und aller Nachrichten
  list FOLDER                    die Nachrichten eines Ordners auflisten
  search QUERY                   alle Nachrichten durchsuchen (from:, subject:, has:attachment, ...)
  show ID [--raw]                eine Nachricht ausgeben (--raw: die gespeicherten Bytes)
  import FILE --folder FOLDER    eine mbox-Datei, einen Maildir-Ordner oder eine .eml-Datei importieren
  export FOLDER --mbox FILE      einen Ordner als mbox-Datei speichern (ID --eml FILE: eine Nachricht)
--json bei folders, list und search gibt eine Ausgabe für Skripte.
Rückgabewerte: 0 OK, 1 Fehler, 2 Aufruf, 3 Anmeldung, 4 Verbindung oder TLS, 5 Server
ausgelastet (später erneut versuchen), 6 lokaler Speicher.</translation>
    </message>
    <message>
        <source>Postbag, a desktop POP3 mail client.</source>
        <translation>Postbag, ein POP3-E-Mail-Programm für den Desktop.</translation>
    </message>
    <message>
        <source>The profile folder (default: %1).</source>
        <translation>Der Profilordner (Standard: %1).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Try &apos;postbag --help&apos;.</source>
        <translation>„postbag --help“ liefert weitere Informationen.</translation>
    </message>
</context>
<context>
    <name>WindowApp</name>
    <message>
        <source>Postbag</source>
        <translation>Postbag</translation>
    </message>
    <message>
        <source>The profile folder.</source>
        <translation>Der Profilordner.</translation>
    </message>
    <message>
        <source>Start with a throwaway profile and a built-in sample mail server.</source>
        <extracomment>Command line option of the window</extracomment>
        <translation>Mit einem Wegwerfprofil und einem eingebauten Beispiel-Mailserver starten.</translation>
    </message>
</context>
<context>
    <name>postbag::app</name>
    <message>
        <source>Account name.</source>
        <translation>Name des Kontos.</translation>
    </message>
    <message>
        <source>POP3 server.</source>
        <translation>POP3-Server.</translation>
    </message>
    <message>
        <source>Port (995 for tls, 110 otherwise).</source>
        <translation>Port (995 bei tls, sonst 110).</translation>
    </message>
    <message>
        <source>none, starttls or tls.</source>
        <translation>none, starttls oder tls.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>E-mail address (optional).</source>
        <translation>E-Mail-Adresse (optional).</translation>
    </message>
    <message>
        <source>A command that prints the password.</source>
        <translation>Ein Befehl, der das Passwort ausgibt.</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint.</source>
        <translation>Genau dem Zertifikat mit diesem SHA-256-Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>With --leave-on-server: remove from the server after N days.</source>
        <translation>Mit --leave-on-server: nach N Tagen vom Server löschen.</translation>
    </message>
    <message>
        <source>Fetch only the headers of larger messages.</source>
        <translation>Von größeren Nachrichten nur die Kopfzeilen abrufen.</translation>
    </message>
    <message>
        <source>Read the password from standard input and keep it in the keyring.</source>
        <translation>Das Passwort von der Standardeingabe lesen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Allow sending the password unencrypted.</source>
        <translation>Unverschlüsseltes Senden des Passworts erlauben.</translation>
    </message>
    <message>
        <source>Keep messages on the server (default: delete after download).</source>
        <translation>Nachrichten auf dem Server belassen (Standard: nach dem Abrufen löschen).</translation>
    </message>
    <message>
        <source>Write a POP3 protocol log (passwords blanked) to the profile&apos;s logs folder.</source>
        <translation>Ein POP3-Protokoll (ohne Passwörter) in den Ordner „logs“ des Profils schreiben.</translation>
    </message>
    <message>
        <source>account add needs --%1</source>
        <translation>account add braucht --%1</translation>
    </message>
    <message>
        <source>--security must be none, starttls or tls</source>
        <translation>--security muss none, starttls oder tls sein</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>--delete-after-days must be a number of days</source>
        <translation>--delete-after-days muss eine Anzahl von Tagen sein</translation>
    </message>
    <message>
        <source>--size-limit must be a number of bytes</source>
        <translation>--size-limit muss eine Anzahl von Bytes sein</translation>
    </message>
    <message>
        <source>--pin-sha256 must be 64 hex digits (colons allowed)</source>
        <translation>--pin-sha256 muss aus 64 Hexadezimalziffern bestehen (Doppelpunkte erlaubt)</translation>
    </message>
    <message>
        <source>--password-stdin read no password</source>
        <translation>--password-stdin hat kein Passwort gelesen</translation>
    </message>
    <message>
        <source>account add needs --password-stdin or --password-command</source>
        <translation>account add braucht --password-stdin oder --password-command</translation>
    </message>
    <message>
        <source>Added account %1 (%2@%3:%4).</source>
        <translation>Konto %1 hinzugefügt (%2@%3:%4).</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Ausgabe als JSON.</translation>
    </message>
    <message>
        <source>The account to remove, with its mail.</source>
        <translation>Das zu entfernende Konto, samt seinen Nachrichten.</translation>
    </message>
    <message>
        <source>account remove needs exactly one account name</source>
        <translation>account remove braucht genau einen Kontonamen</translation>
    </message>
    <message>
        <source>no account named &apos;%1&apos;</source>
        <translation>kein Konto namens „%1“</translation>
    </message>
    <message>
        <source>Removed account %1.</source>
        <translation>Konto %1 entfernt.</translation>
    </message>
    <message>
        <source>Find the server</source>
        <translation>Server suchen</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>A step printed by &quot;postbag account test&quot; after &quot;ok&quot; or &quot;FAIL&quot;: open the TCP connection</extracomment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Secure the connection</source>
        <translation>Verbindung verschlüsseln</translation>
    </message>
    <message>
        <source>Read the server&apos;s capabilities</source>
        <translation>Fähigkeiten des Servers abfragen</translation>
    </message>
    <message>
        <source>Log in</source>
        <extracomment>A step printed by &quot;postbag account test&quot; after &quot;ok&quot; or &quot;FAIL&quot;</extracomment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log out</source>
        <extracomment>A step printed by &quot;postbag account test&quot; after &quot;ok&quot; or &quot;FAIL&quot;</extracomment>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>The account to check.</source>
        <translation>Das zu prüfende Konto.</translation>
    </message>
    <message>
        <source>account test needs exactly one account name</source>
        <translation>account test braucht genau einen Kontonamen</translation>
    </message>
    <message>
        <source>Checking %1 (%2:%3, %4)</source>
        <translation>Prüfe %1 (%2:%3, %4)</translation>
    </message>
    <message>
        <source>  certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>  Zertifikat: %1, ausgestellt von %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>The account works. Server: %1; encrypted: %2; login: %3; UIDL: %4; pipelining: %5.</source>
        <translation>Das Konto funktioniert. Server: %1; verschlüsselt: %2; Anmeldung: %3; UIDL: %4; Pipelining: %5.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>account needs one of: add, list, remove, test</source>
        <translation>account braucht einen von: add, list, remove, test</translation>
    </message>
    <message>
        <source>Folder id, path (Work/Inbox) or unique name.</source>
        <translation>Ordner-ID, Pfad (Arbeit/Inbox) oder eindeutiger Name.</translation>
    </message>
    <message>
        <source>At most N messages, newest first.</source>
        <translation>Höchstens N Nachrichten, neueste zuerst.</translation>
    </message>
    <message>
        <source>list needs exactly one folder</source>
        <translation>list braucht genau einen Ordner</translation>
    </message>
    <message>
        <source>no folder &apos;%1&apos; (see &apos;postbag folders&apos;)</source>
        <translation>kein Ordner „%1“ (siehe „postbag folders“)</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, from:, to:, subject:, body:, has:attachment, is:unread, before:, after:, folder:, account:, OR, -word.</source>
        <translation>Wörter, &quot;Wortgruppen&quot;, Anfang*, from:, to:, subject:, body:, has:attachment, is:unread, before:, after:, folder:, account:, OR, -Wort.</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>Höchstens N Treffer.</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search braucht einen Suchbegriff</translation>
    </message>
    <message>
        <source>The message id (from list or search).</source>
        <translation>Die Nachrichten-ID (aus list oder search).</translation>
    </message>
    <message>
        <source>Write the stored bytes exactly as received.</source>
        <translation>Die gespeicherten Bytes genau wie empfangen ausgeben.</translation>
    </message>
    <message>
        <source>show needs one message id</source>
        <translation>show braucht eine Nachrichten-ID</translation>
    </message>
    <message>
        <source>no message %1</source>
        <translation>keine Nachricht %1</translation>
    </message>
    <message>
        <source>From: </source>
        <translation>Von: </translation>
    </message>
    <message>
        <source>To: </source>
        <translation>An: </translation>
    </message>
    <message>
        <source>Cc: </source>
        <translation>Kopie (CC): </translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Datum: </translation>
    </message>
    <message>
        <source>Subject: </source>
        <translation>Betreff: </translation>
    </message>
    <message>
        <source>[attachment: %1, %2, %3 bytes]</source>
        <translation>[Anhang: %1, %2, %3 Bytes]</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Nur dieses Konto.</translation>
    </message>
    <message>
        <source>no accounts yet: add one with &apos;postbag account add&apos;</source>
        <translation>noch keine Konten: fügen Sie eines mit „postbag account add“ hinzu</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 on the server, %4 removed from the server</source>
        <translation>%1: %2 neu, %3 auf dem Server, %4 vom Server gelöscht</translation>
    </message>
    <message>
        <source>An mbox file, a Maildir, a Thunderbird folder tree or an .eml file.</source>
        <translation>Eine mbox-Datei, ein Maildir-Ordner, ein Thunderbird-Ordnerbaum oder eine .eml-Datei.</translation>
    </message>
    <message>
        <source>The folder to import into (created if missing).</source>
        <translation>Der Zielordner (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>The mbox file uses mboxo quoting (default: mboxrd).</source>
        <translation>Die mbox-Datei verwendet mboxo-Maskierung (Standard: mboxrd).</translation>
    </message>
    <message>
        <source>import needs a FILE and --folder FOLDER</source>
        <translation>import braucht eine Datei (FILE) und --folder FOLDER</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>A folder (with --mbox) or a message id (with --eml).</source>
        <translation>Ein Ordner (mit --mbox) oder eine Nachrichten-ID (mit --eml).</translation>
    </message>
    <message>
        <source>Write the folder to this mbox file (mboxrd).</source>
        <translation>Den Ordner in diese mbox-Datei schreiben (mboxrd).</translation>
    </message>
    <message>
        <source>Write the message, exactly as received, to this file.</source>
        <translation>Die Nachricht genau wie empfangen in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>export needs FOLDER --mbox FILE, or ID --eml FILE</source>
        <translation>export braucht FOLDER --mbox FILE oder ID --eml FILE</translation>
    </message>
    <message>
        <source>--eml needs a message id</source>
        <translation>--eml braucht eine Nachrichten-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n Nachricht gelesen</numerusform>
            <numerusform>%n Nachrichten gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n message(s) into %2 (%3 already there, %4 marked deleted).</source>
        <translation>
            <numerusform>%1 von %n Nachricht nach %2 importiert (%3 bereits vorhanden, %4 als gelöscht markiert).</numerusform>
            <numerusform>%1 von %n Nachrichten nach %2 importiert (%3 bereits vorhanden, %4 als gelöscht markiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postbag::models::FolderModel</name>
    <message>
        <source>Unified Inbox</source>
        <extracomment>Folder pane: the root that shows the inboxes of all accounts together</extracomment>
        <translation>Alle Posteingänge</translation>
    </message>
    <message>
        <source>Local Folders</source>
        <extracomment>Folder pane: the root of folders that belong to no account (Archive, Trash, ...)</extracomment>
        <translation>Lokale Ordner</translation>
    </message>
    <message>
        <source>Archive</source>
        <extracomment>Folder pane: the profile&apos;s archive folder</extracomment>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Trash</source>
        <extracomment>Folder pane: the profile&apos;s trash folder</extracomment>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>%1: %2 unread, %3 in all</source>
        <extracomment>Folder pane tooltip: %1 folder name, %2 unread count, %3 message count</extracomment>
        <translation>%1: %2 ungelesen, %3 insgesamt</translation>
    </message>
</context>
<context>
    <name>postbag::models::MessageListModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Message list sender in the unified inbox and search: %1 sender, %2 the account it came to</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <extracomment>Message list: shown for a message whose subject is empty</extracomment>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Flagged</source>
        <extracomment>Screen reader text of the flag column</extracomment>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <extracomment>Screen reader text of the attachment column</extracomment>
        <translation>Mit Anhängen</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>Ohne Anhänge</translation>
    </message>
    <message>
        <source>Flag</source>
        <extracomment>Message list column header (tooltip; the column shows a star)</extracomment>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Attachments</source>
        <extracomment>Message list column header (tooltip; the column shows a paper clip)</extracomment>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>Message list column header</extracomment>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Message list column header: who sent the message</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Message list column header</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Message list column header: size of the message</extracomment>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>postbag::ui::AttachmentFiles</name>
    <message>
        <source>attachment</source>
        <extracomment>Default file name for an attachment that has no usable name</extracomment>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>postbag::ui::AttachmentPane</name>
    <message>
        <source>Save…</source>
        <extracomment>Reader: save the selected attachment</extracomment>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save all…</source>
        <extracomment>Reader: save every attachment of the message into one folder</extracomment>
        <translation>Alle speichern…</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Reader: open the selected attachment with the desktop&apos;s default application</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Unnamed (%1)</source>
        <extracomment>Reader: name of an attachment that has none</extracomment>
        <translation>Ohne Namen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Reader attachment entry: %1 file name, %2 size such as &quot;12.3 KiB&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>postbag::ui::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Accessible name of the bar that shows an error above the message list</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Account settings can be edited once the account wizard is available; for now use “postbag account” on the command line.</source>
        <extracomment>Tooltip of the disabled &quot;Edit Account&quot; button in the error bar</extracomment>
        <translation>Kontoeinstellungen lassen sich bearbeiten, sobald der Konten-Assistent verfügbar ist; verwenden Sie bis dahin „postbag account“ auf der Befehlszeile.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Button that hides the error bar</extracomment>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>postbag::ui::ErrorText</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and that you are online.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens und ob Sie mit dem Internet verbunden sind.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The port is probably wrong: POP3 uses 995 for SSL/TLS and 110 for STARTTLS or no encryption.</source>
        <translation>Wahrscheinlich ist der Port falsch: POP3 verwendet 995 für SSL/TLS und 110 für STARTTLS oder keine Verschlüsselung.</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>Keine Antwort von %1.</translation>
    </message>
    <message>
        <source>A firewall may be blocking the port, or the server is down. Check the port and try again later.</source>
        <translation>Eine Firewall blockiert möglicherweise den Port, oder der Server ist nicht erreichbar. Prüfen Sie den Port und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Postbag will try again later. If this keeps happening, the connection may be unreliable.</source>
        <translation>Postbag versucht es später erneut. Wenn das häufiger passiert, ist die Verbindung möglicherweise unzuverlässig.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Nothing was lost; Postbag will continue where it stopped next time.</source>
        <translation>Es ging nichts verloren; Postbag macht beim nächsten Mal dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>Check the security setting: port 995 usually needs SSL/TLS, port 110 STARTTLS.</source>
        <translation>Prüfen Sie die Verschlüsselungseinstellung: Port 995 braucht meist SSL/TLS, Port 110 STARTTLS.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut.</translation>
    </message>
    <message>
        <source>If you know this server uses its own certificate, compare its fingerprint with the one your provider publishes before trusting it.</source>
        <translation>Wenn Sie wissen, dass dieser Server ein eigenes Zertifikat verwendet, vergleichen Sie dessen Fingerabdruck mit dem von Ihrem Anbieter veröffentlichten, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the one you trusted.</source>
        <translation>%1 hat ein anderes Zertifikat vorgelegt als das, dem Sie vertraut haben.</translation>
    </message>
    <message>
        <source>This can mean the server changed its certificate, or that someone is intercepting the connection. Ask your provider before trusting the new one.</source>
        <translation>Das kann bedeuten, dass der Server sein Zertifikat gewechselt hat oder dass jemand die Verbindung abhört. Fragen Sie Ihren Anbieter, bevor Sie dem neuen Zertifikat vertrauen.</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the password would travel unencrypted.</source>
        <translation>%1 bietet kein STARTTLS an, daher würde das Passwort unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Try SSL/TLS on port 995. Postbag never falls back to an unencrypted connection by itself.</source>
        <translation>Versuchen Sie SSL/TLS auf Port 995. Postbag weicht nie von selbst auf eine unverschlüsselte Verbindung aus.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Passwords are case-sensitive. Some providers need an app password, or POP access enabled in their web settings.</source>
        <translation>Bei Passwörtern wird zwischen Groß- und Kleinschreibung unterschieden. Manche Anbieter verlangen ein App-Passwort oder dass POP in den Einstellungen auf ihrer Website aktiviert wird.</translation>
    </message>
    <message>
        <source>Logging in would send the password unencrypted.</source>
        <translation>Bei der Anmeldung würde das Passwort unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS or STARTTLS, or explicitly allow unencrypted login for this account.</source>
        <translation>Wählen Sie SSL/TLS oder STARTTLS, oder erlauben Sie für dieses Konto ausdrücklich die unverschlüsselte Anmeldung.</translation>
    </message>
    <message>
        <source>The server offers no login method Postbag may use.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Postbag verwenden darf.</translation>
    </message>
    <message>
        <source>Check the authentication setting of the account.</source>
        <translation>Prüfen Sie die Authentifizierungseinstellung des Kontos.</translation>
    </message>
    <message>
        <source>The password could not be read.</source>
        <translation>Das Passwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>If no keyring is available, store the password with a password command instead.</source>
        <translation>Wenn kein Schlüsselbund verfügbar ist, hinterlegen Sie das Passwort stattdessen über einen Passwortbefehl.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another program.</source>
        <translation>Das Postfach wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Another mail program may be downloading from it. Postbag will try again later.</source>
        <translation>Möglicherweise ruft gerade ein anderes E-Mail-Programm Nachrichten daraus ab. Postbag versucht es später erneut.</translation>
    </message>
    <message>
        <source>The server asks to wait before logging in again.</source>
        <translation>Der Server verlangt eine Wartezeit vor der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>Postbag will check less often for this account.</source>
        <translation>Postbag sieht bei diesem Konto seltener nach neuen Nachrichten.</translation>
    </message>
    <message>
        <source>%1 has a temporary problem.</source>
        <translation>%1 hat ein vorübergehendes Problem.</translation>
    </message>
    <message>
        <source>Postbag will try again later; your password is fine.</source>
        <translation>Postbag versucht es später erneut; Ihr Passwort ist in Ordnung.</translation>
    </message>
    <message>
        <source>%1 refused a request.</source>
        <translation>%1 hat eine Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>%1 sent something that is not POP3.</source>
        <translation>%1 hat etwas gesendet, das kein POP3 ist.</translation>
    </message>
    <message>
        <source>Check that the port belongs to a POP3 server.</source>
        <translation>Prüfen Sie, ob der Port zu einem POP3-Server gehört.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Nothing was deleted from the server. Free some space and try again.</source>
        <translation>Es wurde nichts vom Server gelöscht. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The mail store could not be written.</source>
        <translation>Der Nachrichtenspeicher konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Nothing was deleted from the server.</source>
        <translation>Es wurde nichts vom Server gelöscht.</translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation>Die Nachricht konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A setting is not valid.</source>
        <translation>Eine Einstellung ist ungültig.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server said: “%1”.</source>
        <extracomment>%1 is the server&apos;s own words</extracomment>
        <translation>Der Server meldete: „%1“.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::FolderActions</name>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Ordner &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder</source>
        <translation>Ordner &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <extracomment>Action: permanently delete every message in Trash</extracomment>
        <translation>&amp;Papierkorb leeren</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <extracomment>Label of the folder name prompt</extracomment>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>Postbag</source>
        <translation>Postbag</translation>
    </message>
    <message>
        <source>New Folder</source>
        <extracomment>Title of the prompt for a new folder&apos;s name</extracomment>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and its subfolders? Their messages go to Trash.</source>
        <extracomment>Confirmation; %1 is a folder name</extracomment>
        <translation>Den Ordner „%1“ und seine Unterordner löschen? Ihre Nachrichten werden in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Permanently delete every message in Trash?</source>
        <translation>Alle Nachrichten im Papierkorb endgültig löschen?</translation>
    </message>
</context>
<context>
    <name>postbag::ui::FolderDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Folder pane: %1 folder name, %2 number of unread messages in it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>postbag::ui::FolderPane</name>
    <message>
        <source>Folders</source>
        <extracomment>Accessible name of the folder tree</extracomment>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>postbag::ui::HeaderPane</name>
    <message>
        <source>To</source>
        <extracomment>Reader header caption: recipients</extracomment>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <extracomment>Reader header caption: carbon-copy recipients</extracomment>
        <translation>Kopie (CC)</translation>
    </message>
    <message>
        <source>View source</source>
        <extracomment>Reader action: show the message&apos;s raw text as received</extracomment>
        <translation>Quelltext anzeigen</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Reader header caption: the sender</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Reader header caption: when the message was sent</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <extracomment>Reader: shown instead of an empty subject</extracomment>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>postbag::ui::MainWindow</name>
    <message>
        <source>Postbag</source>
        <extracomment>Window title</extracomment>
        <translation>Postbag</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Accessible name of the pane that shows the open message</extracomment>
        <translation>Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n attachment(s).</source>
        <extracomment>Status bar after saving attachments; %n files</extracomment>
        <translation>
            <numerusform>%n Anhang gespeichert.</numerusform>
            <numerusform>%n Anhänge gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <extracomment>Status bar after a search; %1 the query</extracomment>
        <translation>Suchergebnisse für „%1“</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu title</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <extracomment>Action: put the keyboard focus in the search field</extracomment>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <extracomment>Menu title: navigation between messages</extracomment>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>Nachrich&amp;t</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <extracomment>Toolbar title (shown in the toolbar&apos;s context menu)</extracomment>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Error bar: %1 account name, %2 what went wrong and what to try</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s)</source>
        <extracomment>Status bar after a sync; %1 account name, %n messages downloaded</extracomment>
        <translation>
            <numerusform>%1: %n neue Nachricht</numerusform>
            <numerusform>%1: %n neue Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postbag::ui::MessageActions</name>
    <message>
        <source>&amp;Delete</source>
        <extracomment>Action: move the selected messages to Trash</extracomment>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Archive</source>
        <extracomment>Undo menu text: &quot;Undo Archive&quot;</extracomment>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>&amp;Toggle Read</source>
        <extracomment>Action: toggle between read and unread (Thunderbird&apos;s M)</extracomment>
        <translation>Gelesen/Ungelesen um&amp;schalten</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <extracomment>Action: flag (star) the selected messages, or remove the flag</extracomment>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <extracomment>Action: go to the next unread message (Thunderbird&apos;s N)</extracomment>
        <translation>&amp;Nächste ungelesene Nachricht</translation>
    </message>
    <message>
        <source>Save All &amp;Attachments…</source>
        <translation>Alle An&amp;hänge speichern…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <extracomment>Menu: move the selected messages to a folder</extracomment>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Copy To</source>
        <extracomment>Menu: copy the selected messages to a folder</extracomment>
        <translation>&amp;Kopieren nach</translation>
    </message>
    <message>
        <source>Save Attachments To</source>
        <translation>Anhänge speichern in</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Undo menu text: &quot;Undo Delete&quot;</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move</source>
        <extracomment>Undo menu text: &quot;Undo Move&quot;</extracomment>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>postbag::ui::MessageListView</name>
    <message>
        <source>Messages</source>
        <extracomment>Accessible name of the message list</extracomment>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>postbag::ui::MessageView</name>
    <message>
        <source>Save attachments in</source>
        <extracomment>Title of the folder dialog when saving attachments</extracomment>
        <translation>Anhänge speichern in</translation>
    </message>
    <message>
        <source>Remote content blocked</source>
        <extracomment>Reader bar: images and styles from the internet were not loaded (privacy)</extracomment>
        <translation>Externe Inhalte blockiert</translation>
    </message>
    <message>
        <source>Show for this message</source>
        <extracomment>Reader bar button: load remote content for the message shown only</extracomment>
        <translation>Für diese Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <extracomment>Reader bar button: always load remote content in mail from this sender</extracomment>
        <translation>Immer für diesen Absender</translation>
    </message>
    <message>
        <source>Only the headers of this message have been downloaded.</source>
        <extracomment>Reader bar: only the headers of a large message have been downloaded so far</extracomment>
        <translation>Von dieser Nachricht wurden nur die Kopfzeilen heruntergeladen.</translation>
    </message>
    <message>
        <source>Download the rest of this message</source>
        <extracomment>Reader bar button</extracomment>
        <translation>Den Rest der Nachricht herunterladen</translation>
    </message>
    <message>
        <source>No message selected</source>
        <extracomment>Accessible name of the placeholder the reader shows when no message is open</extracomment>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>This attachment could be a program, so it is not opened. Save it and open it yourself if you trust the sender.</source>
        <extracomment>Reader bar: the attachment could run as a program, so Postbag does not open it</extracomment>
        <translation>Dieser Anhang könnte ein Programm sein und wird deshalb nicht geöffnet. Speichern Sie ihn und öffnen Sie ihn selbst, wenn Sie dem Absender vertrauen.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::SearchBox</name>
    <message>
        <source>Search all mail (from: subject: has:attachment is:unread)…</source>
        <extracomment>Placeholder of the search field; the words before &apos;:&apos; are the query language, keep them</extracomment>
        <translation>Alle Nachrichten durchsuchen (from: subject: has:attachment is:unread)…</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Accessible name of the search field</extracomment>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search (Ctrl+K). Examples: from:alice, subject:&quot;release plan&quot;, has:attachment, is:unread, before:2026-05-01, invoice OR receipt, -newsletter</source>
        <translation>Suche (Strg+K). Beispiele: from:alice, subject:&quot;Release-Plan&quot;, has:attachment, is:unread, before:2026-05-01, Rechnung OR Quittung, -Newsletter</translation>
    </message>
</context>
<context>
    <name>postbag::ui::SourceDialog</name>
    <message>
        <source>Message source</source>
        <extracomment>Window title of &quot;View source&quot;</extracomment>
        <translation>Quelltext der Nachricht</translation>
    </message>
</context>
<context>
    <name>postbag::ui::SyncActions</name>
    <message>
        <source>&amp;Get Messages</source>
        <extracomment>Action: download new mail of every account</extracomment>
        <translation>Nachrichten &amp;abrufen</translation>
    </message>
    <message>
        <source>Get new messages for all accounts (F5)</source>
        <translation>Neue Nachrichten für alle Konten abrufen (F5)</translation>
    </message>
    <message>
        <source>Get Messages &amp;For</source>
        <extracomment>Menu: download new mail of one account, chosen in the submenu</extracomment>
        <translation>Nachrichten abrufen &amp;für</translation>
    </message>
    <message>
        <source>No accounts</source>
        <extracomment>Placeholder in the &quot;Get Messages For&quot; menu</extracomment>
        <translation>Keine Konten</translation>
    </message>
</context>
<context>
    <name>postbag::ui::SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <extracomment>Accessible name of the status bar area that shows downloads in progress</extracomment>
        <translation>Fortschritt des Abrufs</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Checking for new mail…</source>
        <translation>Suche nach neuen Nachrichten…</translation>
    </message>
    <message>
        <source>Downloading %1 of %2…</source>
        <extracomment>Sync progress: message %1 of %2 is being downloaded</extracomment>
        <translation>Nachricht %1 von %2 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Cleaning up the server…</source>
        <extracomment>Sync progress: removing downloaded messages from the server</extracomment>
        <translation>Server wird aufgeräumt…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <extracomment>Accessible name of a sync progress bar; %1 is the account name</extracomment>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button text (usually shown as an icon): stop downloading mail of this account</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop getting messages for %1</source>
        <translation>Abrufen der Nachrichten für %1 abbrechen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Status bar: %1 account name, %2 what it is doing (&quot;Downloading 3 of 20…&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>postbag::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Postbag: %n unread message(s)</source>
        <extracomment>Tray icon tooltip; %n unread messages</extracomment>
        <translation>
            <numerusform>Postbag: %n ungelesene Nachricht</numerusform>
            <numerusform>Postbag: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>New mail</source>
        <extracomment>Notification title</extracomment>
        <translation>Neue Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) for %1</source>
        <extracomment>Notification text: %n new messages for account %1</extracomment>
        <translation>
            <numerusform>%n neue Nachricht für %1</numerusform>
            <numerusform>%n neue Nachrichten für %1</numerusform>
        </translation>
    </message>
</context>
</TS>
