; Inno Setup script for the kiosk's Windows installer.
; Built by the CI workflow after packaging/build_bundle.sh and
; packaging/windows/installer_languages.py (which writes build\windows\languages.iss):
;   iscc /DAppVersion=0.1.0 packaging\windows\iom-kiosk.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5E0B7C1A-6F1D-4C52-9E7B-1D0A4F0C2B61}
AppName=IOM Kiosk
AppVersion={#AppVersion}
AppPublisher=IOM Oslo kiosk contributors
DefaultDirName={autopf}\IOM Kiosk
DefaultGroupName=IOM Kiosk
DisableProgramGroupPage=yes
OutputDir=..\..\build
OutputBaseFilename=iom-kiosk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
UninstallDisplayIcon={app}\iom-kiosk.exe
; The installer asks in the visitor languages the kiosk itself ships (see languages.iss).
ShowLanguageDialog=auto

#include "..\..\build\windows\languages.iss"

[Tasks]
; "Automatically start IOM Kiosk", in each language's own words (Inno Setup's custom message).
Name: "startatlogon"; Description: "{cm:AutoStartProgram,IOM Kiosk}"; GroupDescription: "{cm:AutoStartProgramGroupDescription}"; Flags: unchecked

[Files]
Source: "..\..\build\dist\iom-kiosk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\IOM Kiosk"; Filename: "{app}\iom-kiosk.exe"
Name: "{autoprograms}\IOM Kiosk (window)"; Filename: "{app}\iom-kiosk.exe"; Parameters: "--windowed"
Name: "{commonstartup}\IOM Kiosk"; Filename: "{app}\iom-kiosk.exe"; Tasks: startatlogon

[Run]
Filename: "{app}\iom-kiosk.exe"; Parameters: "--windowed"; Description: "{cm:LaunchProgram,IOM Kiosk}"; Flags: nowait postinstall skipifsilent unchecked
