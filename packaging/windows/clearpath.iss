; Inno Setup script for the Windows installer: ClearPath-VERSION-setup.exe in target\windows\.
; Build it on Windows (it cannot be built on Linux); see packaging/README.md:
;   cargo build --locked --release --bin clearpath
;   python packaging\third-party-licenses.py target\release\third-party-licenses.txt
;   iscc /DAppVersion=0.1.0 packaging\windows\clearpath.iss
; It installs for the current user only by default (no administrator rights needed, into
; %LOCALAPPDATA%\Programs\ClearPath); the setup's first page offers an install for all users.
; Every name Windows shows (Start menu, Apps and features, the uninstaller) is the neutral "ClearPath".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId identifies the installation for upgrades and uninstalling: never change it.
AppId={{D15CA842-77D4-4640-BDEF-D5A313BF1D79}
AppName=ClearPath
AppVersion={#AppVersion}
AppVerName=ClearPath {#AppVersion}
AppComments=Private offline questionnaire
SourceDir=..\..
OutputDir=target\windows
OutputBaseFilename=ClearPath-{#AppVersion}-setup
DefaultDirName={autopf}\ClearPath
DefaultGroupName=ClearPath
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=packaging\windows\clearpath.ico
UninstallDisplayIcon={app}\clearpath.exe
UninstallDisplayName=ClearPath
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; No "recent documents", file associations or anything else outside the install folder and the
; shortcuts.
ChangesAssociations=no
ChangesEnvironment=no

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "target\release\clearpath.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "packaging\windows\clearpath.ico"; DestDir: "{app}"; Flags: ignoreversion
Source: "packaging\windows\README.txt"; DestDir: "{app}"; Flags: ignoreversion
Source: "packaging\debian\copyright"; DestDir: "{app}"; DestName: "COPYRIGHT.txt"; Flags: ignoreversion
Source: "LICENSE-MIT"; DestDir: "{app}"; DestName: "LICENSE-MIT.txt"; Flags: ignoreversion
Source: "LICENSE-APACHE"; DestDir: "{app}"; DestName: "LICENSE-APACHE.txt"; Flags: ignoreversion
Source: "target\release\third-party-licenses.txt"; DestDir: "{app}"; Flags: ignoreversion
Source: "docs\rules-format.md"; DestDir: "{app}\docs"; Flags: ignoreversion
Source: "docs\answers-format.md"; DestDir: "{app}\docs"; Flags: ignoreversion
Source: "docs\screening-json.md"; DestDir: "{app}\docs"; Flags: ignoreversion
Source: "docs\examples\*.ron"; DestDir: "{app}\docs\examples"; Flags: ignoreversion
; Copies of the built-in rule files, to read and to start a changed copy from; the program does not
; read them (its rules are built in; a clinic's changed files go in %APPDATA%\ClearPath\config\rules).
Source: "rules\*"; DestDir: "{app}\rules"; Flags: ignoreversion recursesubdirs

[Icons]
Name: "{autoprograms}\ClearPath"; Filename: "{app}\clearpath.exe"; IconFilename: "{app}\clearpath.ico"; Comment: "Private offline questionnaire"
Name: "{autodesktop}\ClearPath"; Filename: "{app}\clearpath.exe"; IconFilename: "{app}\clearpath.ico"; Comment: "Private offline questionnaire"; Tasks: desktopicon

[Run]
Filename: "{app}\clearpath.exe"; Description: "{cm:LaunchProgram,ClearPath}"; Flags: nowait postinstall skipifsilent
