#!/usr/bin/env bash
# The consumer test: pack the solution, then build a fresh project outside it that references the packages
# from a local folder, evaluate a sample incident through the package's API, and install and run the
# incident-policy tool from the same folder. This is how users get IncidentPolicy, so this is what is tested.
# Prints one line per check ("ok: ..." or "FAILED: ...") and exits non-zero if any failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-consumer.$(date +%Y%m%d%H%M%S)"   # unique, so the NuGet cache never serves an older build
failed=0
check() { if "$@" >"$work/last.log" 2>&1; then echo "ok: $desc"; else echo "FAILED: $desc"; tail -30 "$work/last.log"; failed=$((failed + 1)); fi; }

desc="dotnet pack produces the packages"
check dotnet pack "$root/IncidentPolicy.sln" -c Release -m:2 -o "$work/packages" -p:Version="$version"

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/packages" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="IncidentPolicy*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML

mkdir -p "$work/consumer"
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="IncidentPolicy" Version="$version" />
  </ItemGroup>
</Project>
XML
cp "$root/tests/consumer/Program.cs" "$work/consumer/Program.cs"
sample="$root/samples/incidents/p2-climbs-to-p0.json"

desc="a fresh project builds against the IncidentPolicy package"
check dotnet build "$work/consumer" -c Release

desc="the package's API evaluates a sample incident (P0 after 6 hours, six notifications)"
check dotnet run --project "$work/consumer" -c Release --no-build -- "$sample"

if ls "$work/packages"/IncidentPolicy.Cli.*.nupkg >/dev/null 2>&1; then
  desc="the incident-policy tool installs from the package folder"
  # From the work folder, so its nuget.config (the local folder for IncidentPolicy*, nuget.org for the rest) applies.
  check bash -c "cd '$work' && dotnet tool install IncidentPolicy.Cli --tool-path '$work/tools' --version '$version'"

  desc="the installed tool evaluates a sample incident"
  check bash -c "'$work/tools/incident-policy' evaluate '$sample' --at 2024-03-15T16:00:00Z --format json | grep -q '\"severity\": \"P0\"'"
fi

exit "$failed"
