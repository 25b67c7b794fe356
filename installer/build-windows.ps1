# Builds LoopScope's Windows installer, with a bundled Java runtime (no JDK needed to run it):
#   target\installer\LoopScope\                 app image (LoopScope.exe, loopscope-cli.exe)
#   target\installer\LoopScope-VERSION.msi      installer: Start menu entry and desktop shortcut
#
# Usage (in PowerShell, on Windows, from anywhere):
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-NoBuild]
#   -NoBuild   do not run `mvn package` (use target\original-loopscope.jar as built before)
#
# Needs a JDK 17+ (jlink, jpackage; JAVA_HOME or PATH), Maven, and the WiX Toolset 3.x on PATH
# (candle.exe, light.exe: jpackage makes the .msi with them). The options are the Linux
# script's (build.sh): installer\jpackage.args, installer\launcher.args, installer\jlink.args.
param([switch]$NoBuild)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Tool {
    param([string]$Tool, [string[]]$Arguments)
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Tool failed with exit code $LASTEXITCODE" }
}
function Step([string]$What) { Write-Host "== $What" }

if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME 'bin\jpackage.exe'))) {
    $env:PATH = (Join-Path $env:JAVA_HOME 'bin') + ';' + $env:PATH
}
foreach ($tool in 'jlink', 'jpackage', 'mvn') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "$tool not found" }
}
if (-not (Get-Command 'candle.exe' -ErrorAction SilentlyContinue)) {
    throw 'WiX Toolset 3.x not found (candle.exe, light.exe): https://wixtoolset.org/'
}

# The version from the pom; jpackage wants numbers only (1.2.0-SNAPSHOT -> 1.2.0).
$Version = ([xml](Get-Content -Raw pom.xml)).project.version
$AppVersion = ($Version -split '-')[0]

$Out = Join-Path $Root 'target\installer'
$Work = Join-Path $Root 'target\installer-work'

# 1. The app's jar (before shading), its libraries and JavaFX's jars (see build.sh).
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $Root 'target\installer-deps')
if ($NoBuild) {
    Step 'copy the dependencies'
    Invoke-Tool 'mvn' @('-q', '-B', '-Pinstaller', 'dependency:copy-dependencies@installer-libs', 'dependency:copy-dependencies@installer-javafx')
} else {
    Step 'mvn package'
    Invoke-Tool 'mvn' @('-q', '-B', '-DskipTests', '-Pinstaller', 'package')
}
if (-not (Test-Path 'target\original-loopscope.jar')) { throw 'target\original-loopscope.jar is missing: run without -NoBuild' }

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Work, $Out
New-Item -ItemType Directory -Force "$Work\input", "$Work\javafx", $Out | Out-Null
Copy-Item 'target\original-loopscope.jar' "$Work\input\loopscope.jar"
Copy-Item 'target\installer-deps\lib\*.jar' "$Work\input\"
# JavaFX's modules are the jars with a platform classifier (javafx-graphics-21.0.11-win.jar).
Get-ChildItem 'target\installer-deps\javafx\*.jar' |
    Where-Object { $_.Name -notmatch '^javafx-[a-z]+-[0-9][0-9.]*\.jar$' } |
    Copy-Item -Destination "$Work\javafx\"

# 2. The runtime, with JavaFX's native libraries in its bin\ (where JavaFX looks first on Windows).
Step 'jlink'
Invoke-Tool 'jlink' @('@installer\jlink.args', '--module-path', "$Work\javafx", '--output', "$Work\runtime")
Add-Type -AssemblyName System.IO.Compression.FileSystem
foreach ($jar in Get-ChildItem "$Work\javafx\*.jar") {
    $zip = [System.IO.Compression.ZipFile]::OpenRead($jar.FullName)
    try {
        foreach ($entry in $zip.Entries | Where-Object { $_.FullName -like '*.dll' }) {
            [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path "$Work\runtime\bin" $entry.Name), $true)
        }
    } finally { $zip.Dispose() }
}

# 3. The app image: LoopScope.exe (the window, and the same arguments as the jar) and
#    loopscope-cli.exe (a console program for trace and export).
Step 'jpackage app-image'
Invoke-Tool 'jpackage' @('@installer\jpackage.args', '@installer\launcher.args',
    '--type', 'app-image',
    '--app-version', $AppVersion,
    '--icon', 'assets\icons\loopscope.ico',
    '--input', "$Work\input",
    '--runtime-image', "$Work\runtime",
    '--dest', $Out,
    '--add-launcher', 'loopscope-cli=installer\windows\loopscope-cli.properties')

# 4. The .msi: per machine, in Program Files\LoopScope, with a Start menu entry (group LoopScope)
#    and a desktop shortcut. The upgrade code stays the same from version to version, so a newer
#    .msi replaces an older one.
Step 'jpackage msi'
$License = @()
if (Test-Path 'LICENSE') { $License = @('--license-file', 'LICENSE') }
Invoke-Tool 'jpackage' (@('@installer\jpackage.args',
    '--type', 'msi',
    '--app-version', $AppVersion,
    '--app-image', "$Out\LoopScope",
    '--dest', "$Work\msi",
    '--win-menu', '--win-menu-group', 'LoopScope',
    '--win-shortcut',
    '--win-dir-chooser',
    '--win-upgrade-uuid', '2c5ee7e5-e517-4464-bc67-03ae787143bb') + $License)
Move-Item -Force (Get-ChildItem "$Work\msi\*.msi" | Select-Object -First 1).FullName "$Out\LoopScope-$Version.msi"
Remove-Item -Recurse -Force "$Work\msi"

Step 'done'
Get-Item "$Out\LoopScope-$Version.msi" | ForEach-Object { '{0:N1} MB  {1}' -f ($_.Length / 1MB), $_.FullName }
Write-Host "Try it: $Out\LoopScope\loopscope-cli.exe trace assets\scenarios\tutorial_create_task.py"
