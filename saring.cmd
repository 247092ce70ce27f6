@echo off
rem saring launcher for Windows: builds with Maven on first use, then runs the jar.
setlocal
set "HERE=%~dp0"
if not exist "%HERE%target\saring.jar" (
  echo saring: membangun aplikasi dengan Maven ^(hanya pada pemakaian pertama^)... 1>&2
  pushd "%HERE%" && call mvn -q -B -Dstyle.color=never -DskipTests package 1>&2
  if errorlevel 1 ( popd & echo saring: pembangunan gagal 1>&2 & exit /b 3 )
  popd
)
java %SARING_JAVA_OPTS% -Dsaring.home="%HERE%." -jar "%HERE%target\saring.jar" %*
exit /b %ERRORLEVEL%
