# Build the DeputyDesk installer on Windows: a pinned virtual environment, the frozen folder (PyInstaller),
# then the per-user setup program (Inno Setup 6). Run from anywhere:
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Needs: Python 3.11 (x64, python.org installer, "py" launcher) and Inno Setup 6.3 or newer (ISCC.exe; found
# on PATH, in "C:\Program Files (x86)\Inno Setup 6" or given with -Iscc). Result:
#   dist\deputydesk\                                  the portable folder (zip it for a USB stick)
#   dist\deputydesk-<version>-windows-x64-setup.exe  the installer
param(
    [string]$Python = "py -3.11",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $repo

$venv = Join-Path $repo ".venv-win"
if (-not (Test-Path (Join-Path $venv "Scripts\python.exe"))) {
    Invoke-Expression "$Python -m venv `"$venv`""
}
$py = Join-Path $venv "Scripts\python.exe"
# the program's pinned dependencies and the pinned PyInstaller (the test tools are not needed here; pip adds
# PyInstaller's Windows-only helpers pefile and pywin32-ctypes)
$pins = Get-Content requirements-dev.txt | Where-Object { $_ -match '^(pyinstaller|pyinstaller-hooks-contrib|altgraph|packaging)==' }
& $py -m pip install --quiet -r requirements.txt @pins
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
# the source tree on the path (as `make venv` does on Linux), whatever letters the folder's name has
$env:PYTHONPATH = "$repo"
$env:PATH = (Join-Path $venv "Scripts") + ";" + $env:PATH   # pyside6-lrelease for the translations

& $py installer\build.py freeze
if ($LASTEXITCODE -ne 0) { throw "freezing failed" }
& $py installer\frozen_smoke.py dist\deputydesk
if ($LASTEXITCODE -ne 0) { throw "the frozen smoke test failed" }

$version = & $py -c "import deputydesk; print(deputydesk.__version__)"
if (-not $Iscc) {
    $found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($found) { $Iscc = $found.Source }
    elseif (Test-Path "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe") { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
    elseif (Test-Path "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") { $Iscc = "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe" }
    else { throw "ISCC.exe (Inno Setup 6) not found; install it or pass -Iscc C:\path\to\ISCC.exe" }
}
& $Iscc "/DAppVersion=$version" installer\windows\deputydesk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\deputydesk-$version-windows-x64-setup.exe"
