; Inno Setup script for DeputyDesk: a per-user installer that needs no administrator rights.
;
; Build on Windows (see "Windows installer" in the README, or just run installer\windows\build.ps1):
;   1. python installer\build.py freeze          -> dist\deputydesk\ (DeputyDesk.exe, deputydesk-cli.exe, _internal\)
;   2. ISCC.exe installer\windows\deputydesk.iss  -> dist\deputydesk-<version>-windows-x64-setup.exe
;
; - installs into %LOCALAPPDATA%\Programs\DeputyDesk ({userpf}); shortcut in the user's Start menu;
; - DeputyDesk exchange packages (*.ddx) open with DeputyDesk (per user, HKCU\Software\Classes);
; - the uninstaller removes the program only: the workspace (%APPDATA%\DeputyDesk\DeputyDesk\workspace),
;   the settings and a portable DeputyDesk-data\ folder stay where they are;
; - Kazakh, Russian and English wizard texts (Kazakh.isl beside this script).
;
; Paths are relative to this script's folder. tests/unit/installer/test_inno_script.py checks that every
; path named here exists and that AppVersion is deputydesk.__version__.
; Saved as UTF-8 with a byte-order mark (Inno Setup needs it for the Kazakh and Russian texts).

#define AppName "DeputyDesk"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "DeputyDesk"
#define DistDir "..\..\dist\deputydesk"
#define AppExe "DeputyDesk.exe"
#define CliExe "deputydesk-cli.exe"
#define PackageExt ".ddx"
#define PackageProgId "DeputyDesk.Package"

; The frozen program must be there, and must be the version this installer says it is.
#define BuiltExe AddBackslash(SourcePath) + DistDir + "\" + AppExe
#if !FileExists(BuiltExe)
  #error dist\deputydesk\DeputyDesk.exe is missing: run `python installer\build.py freeze` first
#endif
#if GetStringFileInfo(BuiltExe, "ProductVersion") != AppVersion
  #error dist\deputydesk\DeputyDesk.exe has another version than this installer: rebuild it with `python installer\build.py freeze`
#endif

[Setup]
AppId={{6F0E2B9C-4D51-4E8A-9C3B-DD1E5A7C2F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#DistDir}\..
OutputBaseFilename=deputydesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\deputydesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes

[Languages]
Name: "kk"; MessagesFile: "Kazakh.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
kk.AppComment=Мәслихат депутаттары мен қоғамдық кеңестерге арналған интернетсіз жұмыс үстелі
ru.AppComment=Рабочий стол депутата маслихата и общественного совета, работает без интернета
en.AppComment=An offline desk for maslikhat deputies and public councils
kk.PackageFileType=DeputyDesk алмасу пакеті
ru.PackageFileType=Пакет обмена DeputyDesk
en.PackageFileType=DeputyDesk exchange package
kk.AssociatePackages=DeputyDesk алмасу пакеттерін (.ddx) DeputyDesk бағдарламасымен ашу
ru.AssociatePackages=Открывать пакеты обмена DeputyDesk (.ddx) в DeputyDesk
en.AssociatePackages=Open DeputyDesk exchange packages (.ddx) with DeputyDesk
kk.DataKept1=DeputyDesk жойылды. Сіздің деректеріңіз — жұмыс кеңістігі мен баптаулар — орнында қалды:
ru.DataKept1=DeputyDesk удалён. Ваши данные — рабочее пространство и настройки — сохранены:
en.DataKept1=DeputyDesk has been removed. Your data — the workspace and the settings — was kept:
kk.DataKept2=Олар енді керек болмаса, бұл қалтаны өзіңіз жоя аласыз.
ru.DataKept2=Если они больше не нужны, эту папку можно удалить вручную.
en.DataKept2=Delete this folder yourself if you no longer need it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociatePackages}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; the previous version's runtime (never user data: that lives outside {app}\_internal)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; .ddx -> DeputyDesk.Package, for this user only (HKCU\Software\Classes); removed again by the uninstaller
Root: HKCU; Subkey: "Software\Classes\{#PackageExt}"; ValueType: string; ValueName: ""; ValueData: "{#PackageProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#PackageExt}\OpenWithProgids"; ValueType: string; ValueName: "{#PackageProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#PackageExt}"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ After uninstalling, say where the user's data was left (it is never deleted by the uninstaller). }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{userappdata}\{#AppName}');
    if DirExists(DataDir) then
      MsgBox(CustomMessage('DataKept1') + #13#10#13#10 + DataDir + #13#10#13#10 + CustomMessage('DataKept2'),
        mbInformation, MB_OK);
  end;
end;
