<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommandLine</name>
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
Add --json to folders, list, search, sync, import and account list for output
meant for scripts.
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
--json bei folders, list, search, sync, import und account list gibt eine Ausgabe
für Skripte.
Rückgabewerte: 0 OK, 1 Fehler, 2 Aufruf, 3 Anmeldung, 4 Verbindung oder TLS, 5 Server
ausgelastet (später erneut versuchen), 6 lokaler Speicher.</translation>
    </message>
    <message>
        <source>--profile needs a folder</source>
        <translation>--profile braucht einen Ordner</translation>
    </message>
    <message>
        <source>the output could not be written: %1</source>
        <translation>die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Sending:
  account edit NAME [options]    change an account (any option of account add,
                                 e.g. --smtp-host HOST for its outgoing server)
  send --from ADDRESS --to ADDRESS --subject TEXT [--attach FILE]   (text from stdin)
  send --eml FILE                send a prepared message as it is
  outbox [--json]                list the outbox (retry|discard|mark-sent ID)
Exit codes of send and outbox retry: 7 queued but not yet sent, 8 may have been
sent (never sent again by itself).</source>
        <extracomment>The sending commands of postbag --help, after the other commands; keep the command words and options in English.</extracomment>
        <translation>Senden:
  account edit NAME [Optionen]   ein Konto ändern (jede Option von account add,
                                 z. B. --smtp-host HOST für seinen Postausgangsserver)
  send --from ADRESSE --to ADRESSE --subject TEXT [--attach DATEI]   (Text von stdin)
  send --eml DATEI               eine vorbereitete Nachricht unverändert senden
  outbox [--json]                den Postausgang auflisten (retry|discard|mark-sent ID)
Exit-Codes von send und outbox retry: 7 eingereiht, aber noch nicht gesendet, 8 möglicherweise
gesendet (wird nie von selbst erneut gesendet).</translation>
    </message>
</context>
<context>
    <name>OutboxProblems</name>
    <message>
        <source>(no subject)</source>
        <extracomment>Stands for a message without a subject</extracomment>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>“%1” to %2: </source>
        <extracomment>%1 a message&apos;s subject, %2 its recipients</extracomment>
        <translation>„%1“ an %2: </translation>
    </message>
    <message>
        <source>it waits because this account has no outgoing server yet. Add it in the account&apos;s settings (Edit Account…, Sending), where Postbag can also find it for you; then choose Resend.</source>
        <translation>sie wartet, weil dieses Konto noch keinen Postausgangsserver hat. Fügen Sie ihn in den Einstellungen des Kontos hinzu (Konto bearbeiten…, Senden), wo Postbag ihn auch für Sie finden kann; wählen Sie dann „Erneut senden“.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <extracomment>%1 is the server&apos;s own words</extracomment>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <source>Postbag tries again at %1.</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>Postbag versucht es um %1 erneut.</translation>
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
    <message>
        <source>Sorting your mail into conversations…</source>
        <translation>Ihre Mail wird in Unterhaltungen geordnet…</translation>
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
    <message>
        <source>Keep its mail in a local folder named after the account.</source>
        <translation>Die Nachrichten des Kontos in einem lokalen Ordner mit seinem Namen behalten.</translation>
    </message>
    <message>
        <source>The password of %1 is still in the keyring (%2); remove it there.</source>
        <translation>Das Passwort von %1 ist noch im Schlüsselbund (%2); entfernen Sie es dort.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>an account named &apos;%1&apos; already exists</source>
        <translation>ein Konto namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--limit must be a number above 0</source>
        <translation>--limit muss eine Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>the message could not be written: %1</source>
        <translation>die Nachricht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (one account: --account NAME)</source>
        <translation>unerwartetes Argument „%1“ (ein einzelnes Konto: --account NAME)</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; is disabled (enable it in the account settings)</source>
        <translation>das Konto „%1“ ist deaktiviert (aktivieren Sie es in den Kontoeinstellungen)</translation>
    </message>
    <message>
        <source>every account is disabled</source>
        <translation>alle Konten sind deaktiviert</translation>
    </message>
    <message>
        <source>replaced the file that was at %1</source>
        <translation>die vorhandene Datei %1 wurde ersetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had only their headers downloaded and were exported without their body (open each and download the rest first)</source>
        <translation>
            <numerusform>%n Nachricht war nur mit ihren Kopfzeilen geladen und wurde ohne Inhalt exportiert (öffnen Sie sie und laden Sie zuerst den Rest)</numerusform>
            <numerusform>%n Nachrichten waren nur mit ihren Kopfzeilen geladen und wurden ohne Inhalt exportiert (öffnen Sie sie und laden Sie zuerst den Rest)</numerusform>
        </translation>
    </message>
    <message>
        <source>no profile in %1 (made by &apos;account add&apos;, &apos;import&apos; or the window)</source>
        <translation>kein Profil in %1 (angelegt von &apos;account add&apos;, &apos;import&apos; oder dem Fenster)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could be any of: %2; give the path or the id in brackets</source>
        <translation>&apos;%1&apos; kann jeder dieser Ordner sein: %2; bitte den Pfad oder die Nummer in Klammern angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder path (names separated by &apos;/&apos;)</source>
        <translation>&apos;%1&apos; ist kein Ordnerpfad (Namen durch &apos;/&apos; getrennt)</translation>
    </message>
    <message>
        <source>Its messages are in the folder %1.</source>
        <translation>Ihre Nachrichten liegen im Ordner %1.</translation>
    </message>
    <message>
        <source>Other mail in its folders (another account&apos;s, or filed there) is in the folder %1.</source>
        <translation>Andere Nachrichten in ihren Ordnern (eines anderen Kontos oder dort abgelegt) liegen im Ordner %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were imported into %1 before that.</source>
        <translation>
            <numerusform>%n Nachricht wurde zuvor in %1 importiert.</numerusform>
            <numerusform>%n Nachrichten wurden zuvor in %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the sync of %1 to end…</source>
        <translation>warte, bis der Abruf von %1 endet …</translation>
    </message>
    <message>
        <source>%1: %2 messages on the server were not downloaded (unreadable: %3, refused by the server: %4, larger than announced: %5, beyond the listing limit: %6); the next sync tries again</source>
        <translation>%1: %2 Nachrichten auf dem Server wurden nicht heruntergeladen (unlesbar: %3, vom Server verweigert: %4, größer als angekündigt: %5, jenseits der Listengrenze: %6); der nächste Abruf versucht es erneut</translation>
    </message>
    <message>
        <source>%1: the server gives %2 messages a UIDL it also gives another message; they were told apart by their headers</source>
        <translation>%1: Der Server gibt %2 Nachrichten eine UIDL, die auch eine andere Nachricht trägt; sie wurden an ihren Kopfzeilen unterschieden</translation>
    </message>
    <message>
        <source>Checking the outgoing server %1:%2 (%3)</source>
        <translation>Prüfe den Postausgangsserver %1:%2 (%3)</translation>
    </message>
    <message>
        <source>The outgoing server works. Encrypted: %1; login: %2; pipelining: %3.</source>
        <translation>Der Postausgangsserver funktioniert. Verschlüsselt: %1; Anmeldung: %2; Pipelining: %3.</translation>
    </message>
    <message>
        <source>Also check this outgoing (SMTP submission) server.</source>
        <translation>Auch diesen Postausgangsserver (SMTP-Einlieferung) prüfen.</translation>
    </message>
    <message>
        <source>Its port (465 for tls, 587 otherwise).</source>
        <translation>Sein Port (465 bei tls, sonst 587).</translation>
    </message>
    <message>
        <source>Its security: none, starttls or tls.</source>
        <translation>Seine Sicherheit: none, starttls oder tls.</translation>
    </message>
    <message>
        <source>Trust exactly the outgoing server&apos;s certificate with this SHA-256 fingerprint.</source>
        <translation>Genau dem Zertifikat des Postausgangsservers mit diesem SHA-256-Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>--smtp-password-stdin is for an outgoing server with its own --smtp-user</source>
        <translation>--smtp-password-stdin ist für einen Postausgangsserver mit eigenem --smtp-user</translation>
    </message>
    <message>
        <source>--smtp-password-stdin keeps the password in the keyring; with --password-command that command gives both passwords</source>
        <translation>--smtp-password-stdin legt das Passwort im Schlüsselbund ab; mit --password-command liefert dieser Befehl beide Passwörter</translation>
    </message>
    <message>
        <source>--smtp-password-stdin read no password</source>
        <translation>--smtp-password-stdin hat kein Passwort gelesen</translation>
    </message>
    <message>
        <source>an outgoing server needs --address (the address mail is sent from)</source>
        <translation>ein Postausgangsserver braucht --address (die Adresse, von der gesendet wird)</translation>
    </message>
    <message>
        <source>Outgoing server: %1:%2 (%3).</source>
        <translation>Postausgangsserver: %1:%2 (%3).</translation>
    </message>
    <message>
        <source>The account to change.</source>
        <translation>Das zu ändernde Konto.</translation>
    </message>
    <message>
        <source>account edit needs exactly one account name</source>
        <translation>account edit braucht genau einen Kontonamen</translation>
    </message>
    <message>
        <source>account edit needs an option to change (see &apos;postbag account edit --help&apos;)</source>
        <translation>account edit braucht eine zu ändernde Option (siehe &apos;postbag account edit --help&apos;)</translation>
    </message>
    <message>
        <source>Changed account %1.</source>
        <translation>Konto %1 geändert.</translation>
    </message>
    <message>
        <source>Usage: postbag account add|edit|list|remove|test [options]
&apos;postbag account add --help&apos; (and so on) lists the options of each.</source>
        <translation>Aufruf: postbag account add|edit|list|remove|test [Optionen]
&apos;postbag account add --help&apos; (und so weiter) listet die Optionen jedes Befehls.</translation>
    </message>
    <message>
        <source>account needs one of: add, edit, list, remove, test</source>
        <translation>account braucht eines von: add, edit, list, remove, test</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to 65535</source>
        <translation>--%1 muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>--%1 must be 64 hex digits (colons allowed)</source>
        <translation>--%1 muss aus 64 Hexadezimalziffern bestehen (Doppelpunkte erlaubt)</translation>
    </message>
    <message>
        <source>--%1 must be none, starttls or tls</source>
        <translation>--%1 muss none, starttls oder tls sein</translation>
    </message>
    <message>
        <source>Your name, as recipients see it.</source>
        <translation>Ihr Name, wie Empfänger ihn sehen.</translation>
    </message>
    <message>
        <source>Outgoing (SMTP submission) server.</source>
        <translation>Postausgangsserver (SMTP-Einlieferung).</translation>
    </message>
    <message>
        <source>Its user name, when not the POP3 one (then its password is kept apart: --smtp-password-stdin).</source>
        <translation>Sein Benutzername, wenn nicht der von POP3 (dann wird sein Passwort getrennt aufbewahrt: --smtp-password-stdin).</translation>
    </message>
    <message>
        <source>Read the outgoing server&apos;s own password from standard input (the line after the POP3 password).</source>
        <translation>Das eigene Passwort des Postausgangsservers von der Standardeingabe lesen (die Zeile nach dem POP3-Passwort).</translation>
    </message>
    <message>
        <source>Sent %1 (outbox item %2).</source>
        <translation>%1 gesendet (Postausgang-Eintrag %2).</translation>
    </message>
    <message>
        <source>Message %1 may already have been delivered: the connection ended after it was handed over. It is not sent again by itself; check with a recipient, then &apos;postbag outbox retry %1&apos; to send it again or &apos;postbag outbox mark-sent %1&apos;.</source>
        <translation>Nachricht %1 wurde möglicherweise schon zugestellt: Die Verbindung endete, nachdem sie übergeben war. Sie wird nicht von selbst erneut gesendet; fragen Sie bei einem Empfänger nach, dann sendet &apos;postbag outbox retry %1&apos; sie erneut, oder &apos;postbag outbox mark-sent %1&apos;.</translation>
    </message>
    <message>
        <source>Message %1 stays in the outbox; after fixing this, &apos;postbag outbox retry %1&apos; sends it, &apos;postbag outbox discard %1&apos; drops it.</source>
        <translation>Nachricht %1 bleibt im Postausgang; nachdem dies behoben ist, sendet &apos;postbag outbox retry %1&apos; sie, &apos;postbag outbox discard %1&apos; verwirft sie.</translation>
    </message>
    <message>
        <source>Message %1 is queued, not yet sent: &apos;postbag outbox retry %1&apos; sends it.</source>
        <translation>Nachricht %1 ist eingereiht, aber noch nicht gesendet: &apos;postbag outbox retry %1&apos; sendet sie.</translation>
    </message>
    <message>
        <source>give the outbox item&apos;s number (see &apos;postbag outbox&apos;)</source>
        <translation>geben Sie die Nummer des Postausgang-Eintrags an (siehe &apos;postbag outbox&apos;)</translation>
    </message>
    <message>
        <source>no outbox item %1</source>
        <translation>kein Postausgang-Eintrag %1</translation>
    </message>
    <message>
        <source>The outbox item to send again.</source>
        <translation>Der erneut zu sendende Postausgang-Eintrag.</translation>
    </message>
    <message>
        <source>outbox item %1 was sent already</source>
        <translation>Postausgang-Eintrag %1 wurde schon gesendet</translation>
    </message>
    <message>
        <source>outbox item %1 is being sent by another Postbag right now</source>
        <translation>Postausgang-Eintrag %1 wird gerade von einem anderen Postbag gesendet</translation>
    </message>
    <message>
        <source>The outbox item that was delivered.</source>
        <translation>Der zugestellte Postausgang-Eintrag.</translation>
    </message>
    <message>
        <source>The outbox item to drop.</source>
        <translation>Der zu verwerfende Postausgang-Eintrag.</translation>
    </message>
    <message>
        <source>outbox item %1 is %2: only a failed or uncertain one can be marked sent</source>
        <translation>Postausgang-Eintrag %1 ist %2: Nur ein fehlgeschlagener oder ungewisser kann als gesendet markiert werden</translation>
    </message>
    <message>
        <source>outbox item %1 is %2 and cannot be discarded now</source>
        <translation>Postausgang-Eintrag %1 ist %2 und kann jetzt nicht verworfen werden</translation>
    </message>
    <message>
        <source>Outbox item %1 marked as sent; its copy is in Sent.</source>
        <translation>Postausgang-Eintrag %1 als gesendet markiert; seine Kopie liegt in „Gesendet“.</translation>
    </message>
    <message>
        <source>Outbox item %1 discarded; its copy is in the Trash.</source>
        <translation>Postausgang-Eintrag %1 verworfen; seine Kopie liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>outbox takes one of: retry, discard, mark-sent (or nothing, to list it)</source>
        <translation>outbox nimmt eines von: retry, discard, mark-sent (oder nichts, um ihn aufzulisten)</translation>
    </message>
    <message>
        <source>send needs --from ADDRESS or --account NAME</source>
        <translation>send braucht --from ADRESSE oder --account NAME</translation>
    </message>
    <message>
        <source>account %1 has no address to send from: &apos;postbag account edit %1 --address ADDRESS&apos;</source>
        <translation>Konto %1 hat keine Absenderadresse: &apos;postbag account edit %1 --address ADRESSE&apos;</translation>
    </message>
    <message>
        <source>no account sends as %1 (the addresses are those of &apos;postbag account add --address&apos;)</source>
        <translation>kein Konto sendet als %1 (die Adressen sind die von &apos;postbag account add --address&apos;)</translation>
    </message>
    <message>
        <source>Nothing was queued. Add it with: postbag account edit %1 --smtp-host HOST [--smtp-port N] [--smtp-security none|starttls|tls]</source>
        <translation>Es wurde nichts eingereiht. Fügen Sie ihn hinzu mit: postbag account edit %1 --smtp-host HOST [--smtp-port N] [--smtp-security none|starttls|tls]</translation>
    </message>
    <message>
        <source>%1 documents this one: postbag account edit %2 --smtp-host %3 --smtp-port %4 --smtp-security %5</source>
        <translation>%1 nennt diesen: postbag account edit %2 --smtp-host %3 --smtp-port %4 --smtp-security %5</translation>
    </message>
    <message>
        <source>Send as this address (one of an account&apos;s).</source>
        <translation>Als diese Adresse senden (eine der Adressen eines Kontos).</translation>
    </message>
    <message>
        <source>Send from this account&apos;s address.</source>
        <translation>Von der Adresse dieses Kontos senden.</translation>
    </message>
    <message>
        <source>A recipient (repeat for more).</source>
        <translation>Ein Empfänger (für weitere wiederholen).</translation>
    </message>
    <message>
        <source>A recipient in copy (repeat for more).</source>
        <translation>Ein Empfänger in Kopie (für weitere wiederholen).</translation>
    </message>
    <message>
        <source>A hidden recipient (repeat for more).</source>
        <translation>Ein verborgener Empfänger (für weitere wiederholen).</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>Der Betreff.</translation>
    </message>
    <message>
        <source>Attach a file (repeat for more).</source>
        <translation>Eine Datei anhängen (für weitere wiederholen).</translation>
    </message>
    <message>
        <source>The text, from a file (default: standard input).</source>
        <translation>Der Text, aus einer Datei (Standard: Standardeingabe).</translation>
    </message>
    <message>
        <source>Send this prepared message as it is (Bcc not transmitted).</source>
        <translation>Diese vorbereitete Nachricht unverändert senden (Bcc wird nicht übertragen).</translation>
    </message>
    <message>
        <source>--eml sends the file as it is: --%1 does not go with it</source>
        <translation>--eml sendet die Datei unverändert: --%1 passt nicht dazu</translation>
    </message>
    <message>
        <source>send needs --to (or --cc, --bcc)</source>
        <translation>send braucht --to (oder --cc, --bcc)</translation>
    </message>
    <message>
        <source>send needs --subject</source>
        <translation>send braucht --subject</translation>
    </message>
    <message>
        <source>cannot read the file to attach: %1</source>
        <translation>die anzuhängende Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Queued as outbox item %1.</source>
        <translation>Als Postausgang-Eintrag %1 eingereiht.</translation>
    </message>
</context>
<context>
    <name>postbag::app::AccountOptions</name>
    <message>
        <source>--delete-after-days needs --leave-on-server (without it, mail is removed from the server once downloaded)</source>
        <translation>--delete-after-days braucht --leave-on-server (ohne das wird Mail nach dem Herunterladen vom Server entfernt)</translation>
    </message>
    <message>
        <source>--delete-after-days must be a number of days</source>
        <translation>--delete-after-days muss eine Anzahl Tage sein</translation>
    </message>
    <message>
        <source>--size-limit must be a number of bytes</source>
        <translation>--size-limit muss eine Anzahl Bytes sein</translation>
    </message>
    <message>
        <source>use either --password-stdin or --password-command, not both</source>
        <translation>verwenden Sie entweder --password-stdin oder --password-command, nicht beides</translation>
    </message>
    <message>
        <source>the account has no outgoing server yet: give --smtp-host</source>
        <translation>das Konto hat noch keinen Postausgangsserver: geben Sie --smtp-host an</translation>
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
    <name>postbag::ui</name>
    <message>
        <source>Postbag&apos;s list of well-known providers</source>
        <translation>Postbags Liste bekannter Anbieter</translation>
    </message>
    <message>
        <source>the provider&apos;s autoconfiguration server</source>
        <translation>Autokonfigurationsserver des Anbieters</translation>
    </message>
    <message>
        <source>the domain&apos;s published mail settings</source>
        <translation>Von der Domain veröffentlichte E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>the domain&apos;s DNS service records</source>
        <translation>DNS-Diensteinträge (SRV) der Domain</translation>
    </message>
    <message>
        <source>the domain&apos;s mail exchanger (MX)</source>
        <translation>Mailserver der Domain (MX)</translation>
    </message>
    <message>
        <source>trying likely server names</source>
        <translation>Ausprobieren üblicher Servernamen</translation>
    </message>
    <message>
        <source>POP access must first be enabled in the provider&apos;s web settings.</source>
        <translation>Der POP-Zugriff muss zuerst in den Web-Einstellungen des Anbieters aktiviert werden.</translation>
    </message>
    <message>
        <source>With two-step verification, log in with an app password created in the provider&apos;s security settings, not your usual password.</source>
        <translation>Bei Bestätigung in zwei Schritten melden Sie sich nicht mit Ihrem üblichen Passwort an, sondern mit einem App-Passwort, das Sie in den Sicherheitseinstellungen des Anbieters erstellen.</translation>
    </message>
    <message>
        <source>Gmail gives each message to POP only once. To fetch the last 30 days on several devices, use &quot;recent:&quot; before your address as the user name.</source>
        <translation>Gmail gibt jede Nachricht nur einmal über POP heraus. Um die letzten 30 Tage auf mehreren Geräten abzurufen, stellen Sie im Benutzernamen „recent:“ vor Ihre Adresse.</translation>
    </message>
    <message>
        <source>This provider no longer accepts passwords over POP for most accounts; it may refuse the login.</source>
        <translation>Dieser Anbieter akzeptiert bei den meisten Konten keine Passwörter über POP mehr; die Anmeldung wird möglicherweise abgelehnt.</translation>
    </message>
    <message>
        <source>POP access may need a paid plan with this provider.</source>
        <translation>Bei diesem Anbieter ist für den POP-Zugriff möglicherweise ein kostenpflichtiger Tarif nötig.</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <source>%1:%2, %3 — from %4</source>
        <extracomment>%1 host, %2 port, %3 security, %4 where the settings came from</extracomment>
        <translation>%1:%2, %3 — Quelle: %4</translation>
    </message>
    <message>
        <source> — the server answered</source>
        <extracomment>Suffix of a found server that answered</extracomment>
        <translation> — der Server hat geantwortet</translation>
    </message>
    <message>
        <source> — found over an unencrypted connection: check that this is your provider&apos;s server</source>
        <extracomment>Suffix of a found server whose settings came over unencrypted http</extracomment>
        <translation> — über eine unverschlüsselte Verbindung gefunden: prüfen Sie, ob dies der Server Ihres Anbieters ist</translation>
    </message>
    <message>
        <source>Postbag</source>
        <translation>Postbag</translation>
    </message>
    <message>
        <source> — not in your address&apos;s domain: confirm it before use</source>
        <extracomment>Suffix of a found server that DNS or plain http named outside the address&apos;s domain</extracomment>
        <translation> – nicht in der Domain Ihrer Adresse: vor der Verwendung bestätigen</translation>
    </message>
</context>
<context>
    <name>postbag::ui::AccountSettingsDialog</name>
    <message>
        <source>Account Settings — %1</source>
        <translation>Kontoeinstellungen — %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Konto &amp;entfernen…</translation>
    </message>
    <message>
        <source>No certificate is pinned: the system&apos;s certificate authorities decide.</source>
        <translation>Kein Zertifikat festgelegt: Es entscheiden die Zertifizierungsstellen des Systems.</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256): %1</source>
        <translation>Vertrauenswürdiges Zertifikat (SHA-256): %1</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>E-&amp;Mail-Adresse:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your n&amp;ame:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Check this account for new &amp;mail</source>
        <translation>&amp;Dieses Konto auf neue Nachrichten prüfen</translation>
    </message>
    <message>
        <source>Keep a protocol &amp;log for troubleshooting (passwords are never logged)</source>
        <translation>Protoko&amp;ll zur Fehlersuche führen (Passwörter werden nie protokolliert)</translation>
    </message>
    <message>
        <source>Where the password comes from</source>
        <translation>Herkunft des Passworts</translation>
    </message>
    <message>
        <source>The desktop keyring</source>
        <translation>Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <source>Ask once each time Postbag starts</source>
        <translation>Bei jedem Start von Postbag einmal fragen</translation>
    </message>
    <message>
        <source>A password command</source>
        <translation>Ein Passwortbefehl</translation>
    </message>
    <message>
        <source>Password &amp;from:</source>
        <translation>Passwort&amp;quelle:</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Passwortbefehl</translation>
    </message>
    <message>
        <source>pass show mail/work</source>
        <extracomment>Placeholder of the password command field</extracomment>
        <translation>pass show mail/work</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation>Leer lassen, um das bisherige Passwort zu behalten</translation>
    </message>
    <message>
        <source>Check the &amp;connection now</source>
        <translation>&amp;Verbindung jetzt prüfen</translation>
    </message>
    <message>
        <source>Check the server settings.</source>
        <translation>Prüfen Sie die Servereinstellungen.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account %1? Mail on the server is not touched.</source>
        <translation>Das Konto %1 entfernen? Die Nachrichten auf dem Server bleiben unberührt.</translation>
    </message>
    <message>
        <source>Its messages in Postbag can stay in a local folder named after the account, or be deleted with it.</source>
        <translation>Seine Nachrichten in Postbag können in einem lokalen Ordner mit dem Namen des Kontos bleiben oder mit ihm gelöscht werden.</translation>
    </message>
    <message>
        <source>Remove, &amp;Keep Messages</source>
        <translation>Entfernen, Nachrichten &amp;behalten</translation>
    </message>
    <message>
        <source>Remove and &amp;Delete Messages</source>
        <translation>Entfernen und Nachrichten &amp;löschen</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Waiting for the sync of %1 to stop…</source>
        <translation>Warte, bis der Abruf von %1 anhält …</translation>
    </message>
    <message>
        <source>%1 is still being synced; try again when that has ended.</source>
        <translation>%1 wird noch abgerufen; versuchen Sie es erneut, wenn das beendet ist.</translation>
    </message>
    <message>
        <source>Se&amp;nding</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>Check the outgoing server&apos;s settings.</source>
        <translation>Die Einstellungen des Postausgangsservers prüfen.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::AccountWizard</name>
    <message>
        <source>Add a Mail Account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>postbag::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>%1 — %2 on %3</source>
        <extracomment>Accounts list entry: %1 account name, %2 user, %3 server</extracomment>
        <translation>%1 — %2 auf %3</translation>
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
    <message>
        <source>Programs, web pages and files of no telling type are only saved, never opened from here.</source>
        <extracomment>Reader: why Open is disabled for the selected attachment</extracomment>
        <translation>Programme, Webseiten und Dateien unbekannter Art werden nur gespeichert, nie von hier aus geöffnet.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::CertificatePanel</name>
    <message>
        <source>It is self-signed: no certificate authority vouches for it.</source>
        <translation>Es ist selbstsigniert: Keine Zertifizierungsstelle bürgt dafür.</translation>
    </message>
    <message>
        <source>It was issued by an authority this computer does not know.</source>
        <translation>Es wurde von einer Stelle ausgestellt, die dieser Computer nicht kennt.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Es ist abgelaufen.</translation>
    </message>
    <message>
        <source>It is not valid yet (check this computer&apos;s clock).</source>
        <translation>Es ist noch nicht gültig (prüfen Sie die Uhr dieses Computers).</translation>
    </message>
    <message>
        <source>It was issued for a different server name.</source>
        <translation>Es wurde für einen anderen Servernamen ausgestellt.</translation>
    </message>
    <message>
        <source>It has been revoked by its issuer.</source>
        <translation>Es wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <source>It failed a check (%1).</source>
        <extracomment>%1 is a technical error name from the TLS library</extracomment>
        <translation>Es hat eine Prüfung nicht bestanden (%1).</translation>
    </message>
    <message>
        <source>Trust it only if you expected this server to use its own certificate and the fingerprint matches the one your provider or administrator published. Postbag will then accept this certificate, and only this one, for this account.</source>
        <translation>Vertrauen Sie ihm nur, wenn Sie erwartet haben, dass dieser Server ein eigenes Zertifikat verwendet, und der Fingerabdruck mit dem von Ihrem Anbieter oder Administrator veröffentlichten übereinstimmt. Postbag akzeptiert dann für dieses Konto dieses Zertifikat und nur dieses.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat ver&amp;trauen</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <extracomment>Certificate details; %1 is a distinguished name</extracomment>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <extracomment>Certificate validity; %1 and %2 are dates</extracomment>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
</context>
<context>
    <name>postbag::ui::CheckPage</name>
    <message>
        <source>Checking the connection</source>
        <translation>Verbindung wird geprüft</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>%1, port %2, %3. Go back to change the settings.</source>
        <extracomment>%1 host, %2 port, %3 security such as SSL/TLS</extracomment>
        <translation>%1, Port %2, %3. Gehen Sie zurück, um die Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Unless this is corrected (Back), the account is saved without an outgoing server: it receives mail, and you can add the outgoing server later in its settings.</source>
        <translation>Wenn dies nicht korrigiert wird (Zurück), wird das Konto ohne Postausgangsserver gespeichert: Es empfängt Mail, und Sie können den Postausgangsserver später in seinen Einstellungen hinzufügen.</translation>
    </message>
    <message>
        <source>Outgoing server: %1, port %2, %3</source>
        <extracomment>%1 host, %2 port, %3 security such as SSL/TLS</extracomment>
        <translation>Postausgangsserver: %1, Port %2, %3</translation>
    </message>
    <message>
        <source>No outgoing server: the account receives mail; you can add the outgoing server later in its settings.</source>
        <translation>Kein Postausgangsserver: Das Konto empfängt Mail; Sie können den Postausgangsserver später in seinen Einstellungen hinzufügen.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::ConnectionDoctorView</name>
    <message>
        <source>Find the server (DNS)</source>
        <extracomment>Connection check step</extracomment>
        <translation>Server finden (DNS)</translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <extracomment>Connection check step</extracomment>
        <translation>Verbinden (TCP)</translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <extracomment>Connection check step</extracomment>
        <translation>Verbindung verschlüsseln (TLS)</translation>
    </message>
    <message>
        <source>Read what the server supports (CAPA)</source>
        <translation>Fähigkeiten des Servers abfragen (CAPA)</translation>
    </message>
    <message>
        <source>Log in</source>
        <extracomment>Connection check step</extracomment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>not checked</source>
        <extracomment>Accessible state of a connection check step</extracomment>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Checking %1 on port %2…</source>
        <translation>%1 wird auf Port %2 geprüft…</translation>
    </message>
    <message>
        <source>not encrypted, as chosen</source>
        <translation>unverschlüsselt, wie gewählt</translation>
    </message>
    <message>
        <source>Everything works: Postbag logged in over an encrypted connection.</source>
        <translation>Alles funktioniert: Postbag hat sich über eine verschlüsselte Verbindung angemeldet.</translation>
    </message>
    <message>
        <source>Everything works, but the connection is not encrypted.</source>
        <translation>Alles funktioniert, aber die Verbindung ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <extracomment>%1 is the server&apos;s own words</extracomment>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>Read what the server supports (EHLO)</source>
        <extracomment>Connection check step</extracomment>
        <translation>Lesen, was der Server unterstützt (EHLO)</translation>
    </message>
    <message>
        <source>The outgoing server works: Postbag logged in over an encrypted connection. No message was sent.</source>
        <translation>Der Postausgangsserver funktioniert: Postbag hat sich über eine verschlüsselte Verbindung angemeldet. Es wurde keine Nachricht gesendet.</translation>
    </message>
    <message>
        <source>The outgoing server works, but the connection is not encrypted. No message was sent.</source>
        <translation>Der Postausgangsserver funktioniert, aber die Verbindung ist nicht verschlüsselt. Es wurde keine Nachricht gesendet.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::DetectPage</name>
    <message>
        <source>Finding your server settings</source>
        <translation>Servereinstellungen werden gesucht</translation>
    </message>
    <message>
        <source>Where Postbag looks</source>
        <translation>Wo Postbag sucht</translation>
    </message>
    <message>
        <source>Found settings:</source>
        <translation>Gefundene Einstellungen:</translation>
    </message>
    <message>
        <source>Found settings</source>
        <translation>Gefundene Einstellungen</translation>
    </message>
    <message>
        <source>I will enter the server settings &amp;myself</source>
        <translation>Ich gebe die Servereinstellungen &amp;selbst ein</translation>
    </message>
    <message>
        <source>&amp;Stop searching</source>
        <translation>Suche a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>Einstellungen für %1 werden gesucht…</translation>
    </message>
    <message>
        <source>: found</source>
        <extracomment>Autodetection source result markers</extracomment>
        <translation>: gefunden</translation>
    </message>
    <message>
        <source>: nothing</source>
        <translation>: nichts gefunden</translation>
    </message>
    <message>
        <source>Not encrypted: your password and mail would be readable on the network.</source>
        <translation>Unverschlüsselt: Ihr Passwort und Ihre Nachrichten wären im Netzwerk lesbar.</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not trusted by this computer; the next step shows it so you can decide.</source>
        <translation>Dieser Computer vertraut dem Zertifikat dieses Servers nicht; der nächste Schritt zeigt es an, damit Sie entscheiden können.</translation>
    </message>
    <message>
        <source>This server offers no encryption.</source>
        <translation>Dieser Server bietet keine Verschlüsselung an.</translation>
    </message>
    <message>
        <source>No settings were found for %1. Enter the settings your provider gives; they are usually on its help pages under POP3.</source>
        <translation>Für %1 wurden keine Einstellungen gefunden. Geben Sie die Einstellungen Ihres Anbieters ein; sie stehen meist auf seinen Hilfeseiten unter POP3.</translation>
    </message>
    <message>
        <source>Servers are only asked what they support; your password stays on this computer until you confirm the server.</source>
        <translation>Die Server werden nur gefragt, was sie unterstützen; Ihr Passwort bleibt auf diesem Computer, bis Sie den Server bestätigen.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n possible setting(s); the best one is selected.</source>
        <extracomment>%n is the number of settings found</extracomment>
        <translation>
            <numerusform>%n mögliche Einstellung gefunden; die beste ist ausgewählt.</numerusform>
            <numerusform>%n mögliche Einstellungen gefunden; die beste ist ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1 is not part of %2, and it was named only by %3, which anyone on your network could fake. Use it only if your provider told you this server name: your password would go to it.</source>
        <extracomment>%1 a server name, %2 the domain of the user&apos;s address, %3 where it was found</extracomment>
        <translation>Warnung: %1 gehört nicht zu %2 und wurde nur von %3 genannt, was jeder in Ihrem Netzwerk fälschen könnte. Verwenden Sie ihn nur, wenn Ihr Anbieter Ihnen diesen Servernamen genannt hat: Ihr Passwort ginge an ihn.</translation>
    </message>
    <message>
        <source>When asked, this server refused encryption (STARTTLS), although %1 says it offers it. Someone on your network may be interfering; Postbag will only connect to it encrypted.</source>
        <translation>Auf Nachfrage hat dieser Server die Verschlüsselung (STARTTLS) verweigert, obwohl %1 angibt, dass er sie anbietet. Möglicherweise greift jemand in Ihrem Netzwerk ein; Postbag verbindet sich mit ihm nur verschlüsselt.</translation>
    </message>
    <message>
        <source>Use %1: my provider told me this server name</source>
        <extracomment>%1 a server name</extracomment>
        <translation>%1 verwenden: Mein Anbieter hat mir diesen Servernamen genannt</translation>
    </message>
    <message numerus="yes">
        <source>Found %n possible setting(s), but none from a source that can be trusted on its own. Choose one only if your provider gave you that server name, or enter the settings yourself.</source>
        <extracomment>%n is the number of settings found</extracomment>
        <translation>
            <numerusform>%n mögliche Einstellung gefunden, aber aus keiner Quelle, der für sich allein zu trauen ist. Wählen Sie sie nur, wenn Ihr Anbieter Ihnen diesen Servernamen genannt hat, oder geben Sie die Einstellungen selbst ein.</numerusform>
            <numerusform>%n mögliche Einstellungen gefunden, aber keine aus einer Quelle, der für sich allein zu trauen ist. Wählen Sie eine nur, wenn Ihr Anbieter Ihnen diesen Servernamen genannt hat, oder geben Sie die Einstellungen selbst ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found outgoing servers</source>
        <translation>Gefundene Postausgangsserver</translation>
    </message>
    <message>
        <source>Outgoing server, for sending:</source>
        <translation>Postausgangsserver, zum Senden:</translation>
    </message>
    <message>
        <source>To use this server, enter its name yourself on the next page (choose &quot;I will enter the server settings myself&quot;).</source>
        <translation>Um diesen Server zu verwenden, geben Sie seinen Namen auf der nächsten Seite selbst ein (wählen Sie „Ich gebe die Servereinstellungen selbst ein“).</translation>
    </message>
    <message>
        <source>No outgoing server found (yet). You can enter it yourself, or add it later in the account&apos;s settings.</source>
        <translation>Kein Postausgangsserver gefunden (noch). Sie können ihn selbst eingeben oder später in den Einstellungen des Kontos hinzufügen.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::DoctorText</name>
    <message>
        <source>The outgoing server wants an encrypted connection before the login: choose SSL/TLS (usually port 465) or STARTTLS (usually port 587).</source>
        <translation>Der Postausgangsserver verlangt vor der Anmeldung eine verschlüsselte Verbindung: Wählen Sie SSL/TLS (meist Port 465) oder STARTTLS (meist Port 587).</translation>
    </message>
    <message>
        <source>The outgoing server did not accept STARTTLS. If your provider says it offers STARTTLS, someone on the network may be removing it: try SSL/TLS on port 465 rather than an unencrypted connection.</source>
        <translation>Der Postausgangsserver hat STARTTLS nicht angenommen. Wenn Ihr Anbieter angibt, dass er STARTTLS anbietet, entfernt es möglicherweise jemand im Netzwerk: Versuchen Sie SSL/TLS auf Port 465 statt einer unverschlüsselten Verbindung.</translation>
    </message>
    <message>
        <source>This provider needs an app password for sending: create one in its web settings and use it instead of your usual password.</source>
        <translation>Dieser Anbieter verlangt zum Senden ein App-Passwort: Erstellen Sie eines in seinen Web-Einstellungen und verwenden Sie es statt Ihres üblichen Passworts.</translation>
    </message>
    <message>
        <source>This provider no longer accepts a password for sending: sign in through its own page (OAuth) instead.</source>
        <translation>Dieser Anbieter nimmt zum Senden kein Passwort mehr an: Melden Sie sich stattdessen über seine eigene Seite an (OAuth).</translation>
    </message>
    <message>
        <source>Check the user name and password of the outgoing server; passwords are case-sensitive.</source>
        <translation>Prüfen Sie Benutzername und Passwort des Postausgangsservers; bei Passwörtern zählt die Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Compare the certificate&apos;s fingerprint with the one your provider publishes, and trust exactly that certificate only if they match.</source>
        <translation>Vergleichen Sie den Fingerabdruck des Zertifikats mit dem, den Ihr Anbieter veröffentlicht, und vertrauen Sie genau diesem Zertifikat nur, wenn sie übereinstimmen.</translation>
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
        <source>Dismiss</source>
        <extracomment>Button that hides the error bar</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <extracomment>Outbox item choices in the error bar</extracomment>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Mar&amp;k as Sent</source>
        <translation>Als gesendet mar&amp;kieren</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>postbag::ui::ErrorText</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and that you are online.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens und ob Sie mit dem Internet verbunden sind.</translation>
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 antwortet nicht mehr.</translation>
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
    <message>
        <source>Could not connect to the server</source>
        <translation>Keine Verbindung zum Server möglich</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <extracomment>%1 is a host name; followed by &quot;: &lt;reason&gt;&quot;</extracomment>
        <translation>Keine Verbindung zu %1 möglich</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2</source>
        <extracomment>%1 is a host name, %2 a port number; followed by &quot;: &lt;reason&gt;&quot;</extracomment>
        <translation>Keine Verbindung zu %1 auf Port %2 möglich</translation>
    </message>
    <message>
        <source>Check that %1 is the right port: POP3 uses 995 for SSL/TLS and 110 for STARTTLS or no encryption.</source>
        <extracomment>Shown when a connection failed; %1 is the port number</extracomment>
        <translation>Prüfen Sie, ob %1 der richtige Port ist: POP3 verwendet 995 für SSL/TLS und 110 für STARTTLS oder unverschlüsselte Verbindungen.</translation>
    </message>
    <message>
        <source>Check the port: POP3 uses 995 for SSL/TLS and 110 for STARTTLS or no encryption.</source>
        <translation>Prüfen Sie den Port: POP3 verwendet 995 für SSL/TLS und 110 für STARTTLS oder unverschlüsselte Verbindungen.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>%1: the server name was not found.</source>
        <extracomment>%1 &quot;Could not connect to &lt;host&gt;&quot;</extracomment>
        <translation>%1: Der Servername wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: the server refused the connection.</source>
        <extracomment>%1 &quot;Could not connect to &lt;host&gt; on port &lt;port&gt;&quot;</extracomment>
        <translation>%1: Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>%1: no answer.</source>
        <extracomment>%1 &quot;Could not connect to &lt;host&gt; on port &lt;port&gt;&quot;</extracomment>
        <translation>%1: keine Antwort.</translation>
    </message>
    <message>
        <source>A firewall may be blocking port %1, or the server is down. %2</source>
        <extracomment>%1 a port number, %2 the advice about ports</extracomment>
        <translation>Möglicherweise blockiert eine Firewall Port %1, oder der Server ist nicht in Betrieb. %2</translation>
    </message>
    <message>
        <source>A firewall may be blocking the port, or the server is down. %1</source>
        <extracomment>%1 the advice about ports</extracomment>
        <translation>Möglicherweise blockiert eine Firewall den Port, oder der Server ist nicht in Betrieb. %1</translation>
    </message>
    <message>
        <source>Postbag will try again later. If this keeps happening, the connection may be unreliable or a firewall may be interfering.</source>
        <translation>Postbag versucht es später erneut. Wenn das immer wieder passiert, ist die Verbindung vielleicht unzuverlässig oder eine Firewall stört.</translation>
    </message>
    <message>
        <source>%1: a secure connection could not be set up.</source>
        <extracomment>%1 &quot;Could not connect to &lt;host&gt; on port &lt;port&gt;&quot;</extracomment>
        <translation>%1: Es konnte keine sichere Verbindung aufgebaut werden.</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password.</source>
        <extracomment>%1 a host name or &quot;The server&quot;</extracomment>
        <translation>%1 hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Passwords are case-sensitive: check Caps Lock. Some providers need an app password, or POP access enabled in their web settings.</source>
        <translation>Bei Passwörtern zählt die Groß- und Kleinschreibung: Prüfen Sie die Feststelltaste. Manche Anbieter verlangen ein App-Passwort oder einen in ihren Web-Einstellungen aktivierten POP-Zugriff.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error about an account: %1 the account&apos;s name, %2 what happened</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A firewall may also be rejecting the connection.</source>
        <translation>Möglicherweise blockiert auch eine Firewall die Verbindung.</translation>
    </message>
    <message>
        <source>The keyring did not store the password.</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gespeichert.</translation>
    </message>
    <message>
        <source>Unlock or start your desktop&apos;s keyring, or give the password with a password command instead.</source>
        <translation>Entsperren oder starten Sie den Schlüsselbund Ihres Desktops, oder geben Sie das Passwort stattdessen über einen Passwortbefehl an.</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>Die Datei oder der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that you may read it.</source>
        <translation>Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>This is not a mailbox Postbag can import.</source>
        <translation>Das ist kein Postfach, das Postbag importieren kann.</translation>
    </message>
    <message>
        <source>Postbag imports mbox files, Maildir folders, Thunderbird folder trees and .eml files.</source>
        <translation>Postbag importiert mbox-Dateien, Maildir-Ordner, Thunderbird-Ordnerbäume und .eml-Dateien.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The disk is full; the file was not written.</source>
        <translation>Der Datenträger ist voll; die Datei wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>An existing file of that name is unchanged. Free some space and try again.</source>
        <translation>Eine vorhandene Datei dieses Namens ist unverändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>If your provider says this server offers STARTTLS, someone on the network may be removing it: do not switch to an unencrypted connection. Otherwise try SSL/TLS on port 995. Postbag never falls back to an unencrypted connection by itself.</source>
        <translation>Wenn Ihr Anbieter angibt, dass dieser Server STARTTLS anbietet, entfernt es möglicherweise jemand im Netzwerk: Wechseln Sie nicht zu einer unverschlüsselten Verbindung. Andernfalls versuchen Sie SSL/TLS auf Port 995. Postbag weicht nie von selbst auf eine unverschlüsselte Verbindung aus.</translation>
    </message>
    <message>
        <source>The user name or password contains a line break or a NUL character.</source>
        <translation>Der Benutzername oder das Passwort enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>Postbag never sends such a value to a server: it would be read as further commands. Correct the user name or password of the account.</source>
        <translation>Postbag sendet einen solchen Wert nie an einen Server: Er würde als weitere Befehle gelesen. Korrigieren Sie den Benutzernamen oder das Passwort des Kontos.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after the message was handed over: it may already have been sent.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen, nachdem die Nachricht übergeben war: Sie wurde möglicherweise schon gesendet.</translation>
    </message>
    <message>
        <source>Postbag will not send it again by itself. Check with a recipient, then resend it, mark it as sent or discard it.</source>
        <translation>Postbag sendet sie nicht von selbst erneut. Fragen Sie bei einem Empfänger nach und senden Sie sie dann erneut, markieren Sie sie als gesendet oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>%1 no longer accepts a password for this account.</source>
        <extracomment>%1 a host name or &quot;The server&quot;</extracomment>
        <translation>%1 nimmt für dieses Konto kein Passwort mehr an.</translation>
    </message>
    <message>
        <source>The provider wants you to sign in through its own page (OAuth), or to create an app password in its web settings and use that instead.</source>
        <translation>Der Anbieter möchte, dass Sie sich über seine eigene Seite anmelden (OAuth) oder in seinen Web-Einstellungen ein App-Passwort erstellen und stattdessen dieses verwenden.</translation>
    </message>
    <message>
        <source>%1 requires an encrypted connection before logging in.</source>
        <translation>%1 verlangt vor der Anmeldung eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (usually port 465) or STARTTLS (usually port 587) for the outgoing server.</source>
        <translation>Wählen Sie für den Postausgangsserver SSL/TLS (meist Port 465) oder STARTTLS (meist Port 587).</translation>
    </message>
    <message>
        <source>%1 only accepts mail after logging in.</source>
        <translation>%1 nimmt Mail nur nach einer Anmeldung an.</translation>
    </message>
    <message>
        <source>Turn on authentication for the outgoing server of this account.</source>
        <translation>Schalten Sie die Anmeldung für den Postausgangsserver dieses Kontos ein.</translation>
    </message>
    <message>
        <source>%1 is limiting how much mail this account may send.</source>
        <translation>%1 begrenzt, wie viel Mail dieses Konto senden darf.</translation>
    </message>
    <message>
        <source>Postbag will try again later. Providers often allow a few hundred messages a day.</source>
        <translation>Postbag versucht es später erneut. Anbieter erlauben oft einige hundert Nachrichten am Tag.</translation>
    </message>
    <message>
        <source>%1 does not let this account send from this address.</source>
        <translation>%1 lässt dieses Konto nicht von dieser Adresse senden.</translation>
    </message>
    <message>
        <source>Choose another identity in From, or ask your provider to allow the address for your login.</source>
        <translation>Wählen Sie unter „Von“ eine andere Identität, oder bitten Sie Ihren Anbieter, die Adresse für Ihre Anmeldung zu erlauben.</translation>
    </message>
    <message>
        <source>%1 refused a recipient.</source>
        <translation>%1 hat einen Empfänger abgelehnt.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler.</translation>
    </message>
    <message>
        <source>The message is too big for %1.</source>
        <translation>Die Nachricht ist zu groß für %1.</translation>
    </message>
    <message>
        <source>Remove attachments or send them as a link.</source>
        <translation>Entfernen Sie Anhänge oder senden Sie sie als Link.</translation>
    </message>
    <message>
        <source>%1 does not accept 8-bit text, and this prepared message contains some.</source>
        <translation>%1 nimmt keinen 8-Bit-Text an, und diese vorbereitete Nachricht enthält welchen.</translation>
    </message>
    <message>
        <source>Encode the message as 7-bit (quoted-printable or base64) before sending it, or send it through another server.</source>
        <translation>Kodieren Sie die Nachricht vor dem Senden als 7-Bit (quoted-printable oder base64), oder senden Sie sie über einen anderen Server.</translation>
    </message>
    <message>
        <source>%1 does not accept addresses with non-Latin letters before the @.</source>
        <translation>%1 nimmt keine Adressen mit nichtlateinischen Buchstaben vor dem @ an.</translation>
    </message>
    <message>
        <source>Ask the recipient for another address.</source>
        <translation>Bitten Sie den Empfänger um eine andere Adresse.</translation>
    </message>
    <message>
        <source>The mail store is busy: another program is writing to it.</source>
        <translation>Der Mailspeicher ist belegt: Ein anderes Programm schreibt gerade hinein.</translation>
    </message>
    <message>
        <source>Nothing was deleted from the server. Try again in a moment.</source>
        <translation>Vom Server wurde nichts gelöscht. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <extracomment>%1 is an email address as the user typed it</extracomment>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Correct the address and try again.</source>
        <translation>Korrigieren Sie die Adresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in page answered for another sign-in.</source>
        <translation>Die Anmeldeseite hat für eine andere Anmeldung geantwortet.</translation>
    </message>
    <message>
        <source>Close the other sign-in pages and sign in again.</source>
        <translation>Schließen Sie die anderen Anmeldeseiten und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in (%1).</source>
        <extracomment>%1 the provider&apos;s error code, such as &quot;access_denied&quot;</extracomment>
        <translation>Der Anbieter hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The provider refused the sign-in (%1): “%2”.</source>
        <extracomment>%1 the provider&apos;s error code, %2 its own description</extracomment>
        <translation>Der Anbieter hat die Anmeldung abgelehnt (%1): „%2“.</translation>
    </message>
    <message>
        <source>The provider no longer accepts Postbag&apos;s sign-in for this account.</source>
        <translation>Der Anbieter nimmt die Anmeldung von Postbag für dieses Konto nicht mehr an.</translation>
    </message>
    <message>
        <source>Sign in again in the account settings.</source>
        <translation>Melden Sie sich in den Kontoeinstellungen erneut an.</translation>
    </message>
    <message>
        <source>This build of Postbag cannot sign in with this provider.</source>
        <translation>Dieser Build von Postbag kann sich bei diesem Anbieter nicht anmelden.</translation>
    </message>
    <message>
        <source>Use an app password if the provider offers one, or a build of Postbag registered with the provider.</source>
        <translation>Verwenden Sie ein App-Passwort, falls der Anbieter eines anbietet, oder einen beim Anbieter registrierten Build von Postbag.</translation>
    </message>
    <message>
        <source>This account has no outgoing server yet, so it cannot send mail.</source>
        <translation>Dieses Konto hat noch keinen Postausgangsserver und kann daher keine Mail senden.</translation>
    </message>
    <message>
        <source>Nothing was queued. Add the outgoing (SMTP) server in the account&apos;s settings and send again.</source>
        <translation>Es wurde nichts eingereiht. Fügen Sie den Postausgangsserver (SMTP) in den Einstellungen des Kontos hinzu und senden Sie erneut.</translation>
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
    <name>postbag::ui::IdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Ihr E-Mail-Konto</translation>
    </message>
    <message>
        <source>Postbag looks up the server settings from your address. Your password is sent only to the server you confirm.</source>
        <translation>Postbag ermittelt die Servereinstellungen anhand Ihrer Adresse. Ihr Passwort wird nur an den Server gesendet, den Sie bestätigen.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Jane Doe</source>
        <extracomment>Placeholder of the name field</extracomment>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>jane@example.com</source>
        <extracomment>Placeholder of the address field</extracomment>
        <translation>erika@example.com</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus (name@example.com).</translation>
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
    <message numerus="yes">
        <source>%1: %n new message(s)</source>
        <extracomment>Status bar after a sync; %1 account name, %n messages downloaded</extracomment>
        <translation>
            <numerusform>%1: %n neue Nachricht</numerusform>
            <numerusform>%1: %n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Mail Account…</source>
        <extracomment>Menu action: opens the account setup wizard</extracomment>
        <translation>E-Mail-&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Account &amp;Settings…</source>
        <extracomment>Menu action: the list of accounts with their settings</extracomment>
        <translation>Konto&amp;einstellungen…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more on the server could not be downloaded; the next check tries again)</source>
        <extracomment>Status bar, after &quot;%1: %n new message(s)&quot;; %n messages the sync could not download</extracomment>
        <translation>
            <numerusform>(%n weitere auf dem Server konnte nicht heruntergeladen werden; der nächste Abruf versucht es erneut)</numerusform>
            <numerusform>(%n weitere auf dem Server konnten nicht heruntergeladen werden; der nächste Abruf versucht es erneut)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <extracomment>Status bar after sending; %n messages</extracomment>
        <translation>
            <numerusform>%n Nachricht gesendet.</numerusform>
            <numerusform>%n Nachrichten gesendet.</numerusform>
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
    <message>
        <source>Delete &amp;Permanently…</source>
        <extracomment>Action: delete the selected messages without moving them to Trash (asks first)</extracomment>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message numerus="yes">
        <source>Permanently delete %n message(s)? This cannot be undone.</source>
        <extracomment>Question before deleting messages without keeping them in Trash</extracomment>
        <translation>
            <numerusform>%n Nachricht endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Nachrichten endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
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
    <message>
        <source>Link leads elsewhere</source>
        <extracomment>Title of the warning before opening a misleading link</extracomment>
        <translation>Link führt woandershin</translation>
    </message>
    <message>
        <source>This link shows %1 but leads to %2. Mail that hides where a link goes is often a fraud.</source>
        <extracomment>%1 the host the link&apos;s text shows, %2 the host it really leads to</extracomment>
        <translation>Dieser Link zeigt %1, führt aber zu %2. Mails, die verbergen, wohin ein Link führt, sind oft Betrug.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <extracomment>Button of the misleading-link warning</extracomment>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>The server did not send the rest of this message. It may no longer have it.</source>
        <extracomment>Reader bar: &quot;Download the rest&quot; was pressed, but the server sent nothing (deleted there?)</extracomment>
        <translation>Der Server hat den Rest dieser Nachricht nicht gesendet. Vielleicht liegt sie dort nicht mehr.</translation>
    </message>
    <message>
        <source>This attachment is a web page, so it is not opened: a browser would load its pictures from the internet and tell the sender you read it. Save it and open it yourself if you trust the sender.</source>
        <extracomment>Reader bar: opening an HTML attachment in a browser would load its remote content</extracomment>
        <translation>Dieser Anhang ist eine Webseite und wird darum nicht geöffnet: Ein Browser würde ihre Bilder aus dem Internet laden und dem Absender verraten, dass Sie sie gelesen haben. Speichern Sie ihn und öffnen Sie ihn selbst, wenn Sie dem Absender vertrauen.</translation>
    </message>
    <message>
        <source>Postbag cannot tell what kind of file this attachment is, so it is not opened. Save it and open it yourself if you trust the sender.</source>
        <extracomment>Reader bar: the attachment has no file type Postbag can tell</extracomment>
        <translation>Postbag kann nicht erkennen, welche Art Datei dieser Anhang ist, und öffnet ihn darum nicht. Speichern Sie ihn und öffnen Sie ihn selbst, wenn Sie dem Absender vertrauen.</translation>
    </message>
    <message>
        <source>Postbag opens only documents, pictures, audio and video. Save this attachment and open it yourself if you trust the sender.</source>
        <extracomment>Reader bar: the attachment is not a document, picture, audio or video file</extracomment>
        <translation>Postbag öffnet nur Dokumente, Bilder, Audio und Video. Speichern Sie diesen Anhang und öffnen Sie ihn selbst, wenn Sie dem Absender vertrauen.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::OptionsForm</name>
    <message>
        <source>&amp;Leave messages on the server</source>
        <translation>Nachrichten auf dem Server &amp;belassen</translation>
    </message>
    <message>
        <source>Keeps a copy on the server so that webmail or another device still sees your mail. Without it, messages are removed from the server once they are safely stored here.</source>
        <translation>Behält eine Kopie auf dem Server, damit Webmail oder andere Geräte Ihre Nachrichten weiterhin sehen. Ohne diese Option werden Nachrichten vom Server gelöscht, sobald sie hier sicher gespeichert sind.</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Delete from server after N days: the value 0</extracomment>
        <translation>nie</translation>
    </message>
    <message>
        <source>Remove from the server after</source>
        <translation>Vom Server löschen nach</translation>
    </message>
    <message>
        <source>Remove from the server &amp;after:</source>
        <translation>Vom Server löschen &amp;nach:</translation>
    </message>
    <message>
        <source>Old messages are removed from the server after this many days, so the mailbox there does not fill up.</source>
        <translation>Alte Nachrichten werden nach so vielen Tagen vom Server gelöscht, damit das Postfach dort nicht voll wird.</translation>
    </message>
    <message>
        <source>&amp;Remove from the server when I delete a message here</source>
        <translation>Hier gelöschte Nachrichten auch vom Server &amp;löschen</translation>
    </message>
    <message>
        <source>only when I ask</source>
        <extracomment>Check interval: the value 0</extracomment>
        <translation>nur manuell</translation>
    </message>
    <message>
        <source>Check for new mail every</source>
        <translation>Auf neue Nachrichten prüfen alle</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every:</source>
        <translation>Auf neue Nachrichten prü&amp;fen alle:</translation>
    </message>
    <message>
        <source>Check when Postbag &amp;starts</source>
        <translation>Beim S&amp;tart von Postbag prüfen</translation>
    </message>
    <message>
        <source>no limit</source>
        <extracomment>Size limit: the value 0</extracomment>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Download only headers of messages larger than</source>
        <translation>Nur die Kopfzeilen von Nachrichten herunterladen, die größer sind als</translation>
    </message>
    <message>
        <source>Only &amp;headers above:</source>
        <translation>Nur &amp;Kopfzeilen über:</translation>
    </message>
    <message>
        <source>Larger messages show their sender and subject first; the rest is downloaded when you open them. Useful on slow connections.</source>
        <translation>Bei größeren Nachrichten werden zuerst nur Absender und Betreff angezeigt; der Rest wird heruntergeladen, wenn Sie sie öffnen. Nützlich bei langsamen Verbindungen.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Its own Inbox</source>
        <translation>Eigener Posteingang</translation>
    </message>
    <message>
        <source>The Inbox of %1</source>
        <extracomment>Shared inbox choice; %1 is another account&apos;s name</extracomment>
        <translation>Posteingang von %1</translation>
    </message>
    <message>
        <source>&amp;Deliver to:</source>
        <translation>Zustellen &amp;in:</translation>
    </message>
    <message>
        <source>Every account appears in the Unified Inbox anyway; sharing an Inbox puts this account&apos;s mail into another account&apos;s folder.</source>
        <translation>Jedes Konto erscheint ohnehin in „Alle Posteingänge“; bei einem gemeinsamen Posteingang landen die Nachrichten dieses Kontos im Ordner eines anderen Kontos.</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Suffix after a number of days (the number itself is shown before it)</extracomment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <extracomment>Suffix after a number of minutes (the number itself is shown before it)</extracomment>
        <translation>
            <numerusform> Minute</numerusform>
            <numerusform> Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postbag::ui::OptionsPage</name>
    <message>
        <source>How this account behaves</source>
        <translation>Verhalten des Kontos</translation>
    </message>
    <message>
        <source>The defaults are safe; you can change all of this later in the account settings.</source>
        <translation>Die Standardeinstellungen sind sicher; Sie können all das später in den Kontoeinstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::OutgoingServerForm</name>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <extracomment>Placeholder of the outgoing server name field</extracomment>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <source>Outgoing port</source>
        <translation>Ausgangsport</translation>
    </message>
    <message>
        <source>Secur&amp;ity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>Outgoing authentication</source>
        <translation>Ausgangs-Authentifizierung</translation>
    </message>
    <message>
        <source>Automatic (the safest the server offers)</source>
        <extracomment>Authentication method choices of the outgoing server</extracomment>
        <translation>Automatisch (die sicherste, die der Server anbietet)</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>SASL PLAIN</source>
        <translation>SASL PLAIN</translation>
    </message>
    <message>
        <source>SASL LOGIN</source>
        <translation>SASL LOGIN</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Aut&amp;hentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Log in with the incoming server&apos;s user name and password</source>
        <translation>&amp;Mit Benutzername und Passwort des Posteingangsservers anmelden</translation>
    </message>
    <message>
        <source>Outgoing user name</source>
        <translation>Benutzername für den Postausgang</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>Outgoing password</source>
        <translation>Passwort für den Postausgang</translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation>Passwor&amp;t:</translation>
    </message>
    <message>
        <source>Enter the outgoing server name, for example smtp.example.com.</source>
        <translation>Geben Sie den Namen des Postausgangsservers ein, zum Beispiel smtp.example.com.</translation>
    </message>
    <message>
        <source>Enter the user name for sending, or log in as for incoming mail.</source>
        <translation>Geben Sie den Benutzernamen zum Senden ein, oder melden Sie sich wie für eingehende Mail an.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::PasswordPrompt</name>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Enter the password of %1 on %2.</source>
        <extracomment>%1 user name, %2 server</extracomment>
        <translation>Geben Sie das Passwort für %1 auf %2 ein.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember it in the keyring</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>OK now keeps the password until Postbag quits.</source>
        <translation>OK behält das Passwort jetzt, bis Postbag beendet wird.</translation>
    </message>
</context>
<context>
    <name>postbag::ui::SavePage</name>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Postbag starts downloading your mail as soon as you click Finish.</source>
        <translation>Postbag beginnt mit dem Abrufen Ihrer Nachrichten, sobald Sie auf „Abschließen“ klicken.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Ask for the password once each time Postbag starts</source>
        <translation>Bei jedem Start von Postbag einmal nach dem Passwort &amp;fragen</translation>
    </message>
    <message>
        <source>Get the password from a &amp;command (for example: pass show mail/work)</source>
        <translation>Das Passwort von einem &amp;Befehl beziehen (zum Beispiel: pass show mail/work)</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Passwortbefehl</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>Another account already has this name.</source>
        <translation>Ein anderes Konto hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>Saving the password in your keyring…</source>
        <translation>Das Passwort wird in Ihrem Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Your password is stored in your desktop&apos;s keyring, not in Postbag&apos;s files.</source>
        <translation>Ihr Passwort wird im Schlüsselbund Ihres Desktops gespeichert, nicht in den Dateien von Postbag.</translation>
    </message>
    <message>
        <source>No keyring could be reached to store the password safely. Postbag never writes passwords into its own files; choose how it gets the password instead.</source>
        <translation>Es war kein Schlüsselbund erreichbar, um das Passwort sicher zu speichern. Postbag schreibt Passwörter nie in seine eigenen Dateien; wählen Sie stattdessen, woher es das Passwort bekommt.</translation>
    </message>
    <message>
        <source>This mailbox is already set up as the account “%1”. Go back to choose another one, or cancel.</source>
        <extracomment>Wizard save page; %1 the existing account&apos;s name</extracomment>
        <translation>Dieses Postfach ist bereits als Konto „%1“ eingerichtet. Gehen Sie zurück, um ein anderes zu wählen, oder brechen Sie ab.</translation>
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
    <name>postbag::ui::SendingSettings</name>
    <message>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Name on sent messages</source>
        <translation>Name auf gesendeten Nachrichten</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Replies go to the sending address</source>
        <extracomment>Placeholder of the reply-to field</extracomment>
        <translation>Antworten gehen an die Absenderadresse</translation>
    </message>
    <message>
        <source>Repl&amp;y to:</source>
        <translation>Antwort &amp;an:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signat&amp;ure:</source>
        <translation>Signat&amp;ur:</translation>
    </message>
    <message>
        <source>&amp;Find It</source>
        <translation>&amp;Finden</translation>
    </message>
    <message>
        <source>Enter It &amp;Myself</source>
        <translation>&amp;Selbst eingeben</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>Forget Certifi&amp;cate</source>
        <translation>Zertifikat &amp;vergessen</translation>
    </message>
    <message>
        <source>Check the Outgoing &amp;Server</source>
        <translation>Postausgangsserver &amp;prüfen</translation>
    </message>
    <message>
        <source>This account has no outgoing server yet, so it cannot send mail as %1. Postbag can look it up, as it did for the incoming server.</source>
        <extracomment>%1 an email address</extracomment>
        <translation>Dieses Konto hat noch keinen Postausgangsserver und kann daher nicht als %1 senden. Postbag kann ihn nachschlagen, wie beim Posteingangsserver.</translation>
    </message>
    <message>
        <source>No certificate is pinned: the system&apos;s certificate authorities decide.</source>
        <translation>Kein Zertifikat ist festgelegt: Die Zertifizierungsstellen des Systems entscheiden.</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256): %1</source>
        <translation>Vertrauenswürdiges Zertifikat (SHA-256): %1</translation>
    </message>
    <message>
        <source>Looking up the outgoing server for %1…</source>
        <extracomment>%1 the domain of the account&apos;s address</extracomment>
        <translation>Suche den Postausgangsserver für %1…</translation>
    </message>
    <message>
        <source>No outgoing server was found for %1. Enter the one your provider gives (its help pages list it under SMTP).</source>
        <translation>Für %1 wurde kein Postausgangsserver gefunden. Geben Sie den ein, den Ihr Anbieter nennt (seine Hilfeseiten führen ihn unter SMTP).</translation>
    </message>
    <message>
        <source>Only %1 was found, named by a source that cannot be trusted on its own. Enter it yourself if your provider told you this server name.</source>
        <translation>Nur %1 wurde gefunden, genannt von einer Quelle, der allein nicht zu trauen ist. Geben Sie ihn selbst ein, wenn Ihr Anbieter Ihnen diesen Servernamen genannt hat.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <extracomment>%1 the found server, as host:port, security and where it was found</extracomment>
        <translation>Gefunden: %1</translation>
    </message>
</context>
<context>
    <name>postbag::ui::ServerForm</name>
    <message>
        <source>Enter the server name, for example pop.example.com.</source>
        <translation>Geben Sie den Servernamen ein, zum Beispiel pop.example.com.</translation>
    </message>
    <message>
        <source>Enter only the server name, without %1.</source>
        <translation>Geben Sie nur den Servernamen ein, ohne %1.</translation>
    </message>
    <message>
        <source>Enter the port in the port field, not after the server name.</source>
        <translation>Geben Sie den Port im Feld „Port“ ein, nicht hinter dem Servernamen.</translation>
    </message>
    <message>
        <source>A server name has only letters, digits, dots and hyphens.</source>
        <translation>Ein Servername besteht nur aus Buchstaben, Ziffern, Punkten und Bindestrichen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>pop.example.com</source>
        <extracomment>Placeholder of the server name field</extracomment>
        <translation>pop.example.com</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Connection security choices</extracomment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Verbindungssi&amp;cherheit:</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your password and your mail.</source>
        <translation>Ohne Verschlüsselung kann jeder im Netzwerk zwischen Ihnen und dem Server Ihr Passwort und Ihre Nachrichten lesen.</translation>
    </message>
    <message>
        <source>I understand: send my password and mail unencrypted</source>
        <translation>Verstanden: Passwort und Nachrichten unverschlüsselt übertragen</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Automatic (the safest the server offers)</source>
        <extracomment>Authentication method choices</extracomment>
        <translation>Automatisch (die sicherste, die der Server anbietet)</translation>
    </message>
    <message>
        <source>Normal password (USER/PASS)</source>
        <translation>Passwort, normal (USER/PASS)</translation>
    </message>
    <message>
        <source>APOP</source>
        <translation>APOP</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>SASL PLAIN</source>
        <translation>SASL PLAIN</translation>
    </message>
    <message>
        <source>SASL LOGIN</source>
        <translation>SASL LOGIN</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Enter the user name your provider gave you (often your full address).</source>
        <translation>Geben Sie den Benutzernamen ein, den Ihnen Ihr Anbieter mitgeteilt hat (oft Ihre vollständige Adresse).</translation>
    </message>
</context>
<context>
    <name>postbag::ui::ServerPage</name>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>Your provider&apos;s help pages list these under POP3 and SMTP. SSL/TLS on port 995 (incoming) and 465 (outgoing) is the usual choice.</source>
        <translation>Die Hilfeseiten Ihres Anbieters führen diese unter POP3 und SMTP. SSL/TLS auf Port 995 (eingehend) und 465 (ausgehend) ist die übliche Wahl.</translation>
    </message>
    <message>
        <source>Outgoin&amp;g server (SMTP), for sending</source>
        <translation>Postausgan&amp;gsserver (SMTP), zum Senden</translation>
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
