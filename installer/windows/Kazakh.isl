; *** Inno Setup version 6.1.0+ Kazakh messages ***
;
; Written for DeputyDesk (installer/windows/deputydesk.iss); the interface language of the program itself
; comes from resources/translations/. Terms follow the Kazakh edition of Windows: қалта (folder),
; таңбаша (shortcut), «Бастау» мәзірі (Start menu), тізілім (registry), Болдырмау (Cancel).
; Saved as UTF-8 with a byte-order mark, which Inno Setup needs to read Kazakh letters.
; Messages added to Inno Setup after 6.1 (downloads, archive extraction) are not used by this installer;
; ISCC reports them as missing and shows them in English.

[LangOptions]
LanguageName=Қазақ тілі
LanguageID=$043F
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 бағдарламасын жою

; *** Misc. common
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; *** SetupLdr messages
SetupLdrStartupMessage=Компьютерге %1 орнатылады. Жалғастырасыз ба?
LdrCannotCreateTemp=Уақытша файл жасау мүмкін болмады. Орнату тоқтатылды
LdrCannotExecTemp=Уақытша қалтадағы файлды іске қосу мүмкін болмады. Орнату тоқтатылды
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nҚате %2: %3
SetupFileMissing=Орнату қалтасында %1 файлы жоқ. Ақаулықты түзетіңіз немесе бағдарламаның жаңа көшірмесін алыңыз.
SetupFileCorrupt=Орнату файлдары бүлінген. Бағдарламаның жаңа көшірмесін алыңыз.
SetupFileCorruptOrWrongVer=Орнату файлдары бүлінген немесе орнату бағдарламасының бұл нұсқасымен үйлеспейді. Ақаулықты түзетіңіз немесе бағдарламаның жаңа көшірмесін алыңыз.
InvalidParameter=Пәрмен жолында жарамсыз параметр берілді:%n%n%1
SetupAlreadyRunning=Орнату бағдарламасы қазір жұмыс істеп тұр.
WindowsVersionNotSupported=Бұл бағдарлама компьютеріңіздегі Windows нұсқасын қолдамайды.
WindowsServicePackRequired=Бұл бағдарламаға %1 Service Pack %2 немесе одан жаңасы қажет.
NotOnThisPlatform=Бұл бағдарлама %1 жүйесінде жұмыс істемейді.
OnlyOnThisPlatform=Бұл бағдарламаны тек %1 жүйесінде іске қосуға болады.
OnlyOnTheseArchitectures=Бұл бағдарламаны тек мына процессор архитектураларына арналған Windows нұсқаларына орнатуға болады:%n%n%1
WinVersionTooLowError=Бұл бағдарламаға %1 %2 нұсқасы немесе одан жаңасы қажет.
WinVersionTooHighError=Бұл бағдарламаны %1 %2 нұсқасына немесе одан жаңасына орнатуға болмайды.
AdminPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге әкімші ретінде кіру керек.
PowerUserPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге әкімші немесе «Тәжірибелі пайдаланушылар» тобының мүшесі ретінде кіру керек.
SetupAppRunningError=%1 қазір жұмыс істеп тұрғаны анықталды.%n%nОның барлық терезесін жабыңыз да, жалғастыру үшін OK батырмасын, ал шығу үшін «Болдырмау» батырмасын басыңыз.
UninstallAppRunningError=%1 қазір жұмыс істеп тұрғаны анықталды.%n%nОның барлық терезесін жабыңыз да, жалғастыру үшін OK батырмасын, ал шығу үшін «Болдырмау» батырмасын басыңыз.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Орнату режимін таңдау
PrivilegesRequiredOverrideInstruction=Орнату режимін таңдаңыз
PrivilegesRequiredOverrideText1=%1 бағдарламасын барлық пайдаланушыларға (әкімші құқықтары қажет) немесе тек өзіңізге орнатуға болады.
PrivilegesRequiredOverrideText2=%1 бағдарламасын тек өзіңізге немесе барлық пайдаланушыларға (әкімші құқықтары қажет) орнатуға болады.
PrivilegesRequiredOverrideAllUsers=&Барлық пайдаланушыларға орнату
PrivilegesRequiredOverrideAllUsersRecommended=&Барлық пайдаланушыларға орнату (ұсынылады)
PrivilegesRequiredOverrideCurrentUser=&Тек өзіме орнату
PrivilegesRequiredOverrideCurrentUserRecommended=&Тек өзіме орнату (ұсынылады)

; *** Misc. errors
ErrorCreatingDir=«%1» қалтасын жасау мүмкін болмады
ErrorTooManyFilesInDir=«%1» қалтасында файл тым көп болғандықтан, онда файл жасау мүмкін болмады

; *** Setup common messages
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды басқа уақытта қайта іске қосып, аяқтауға болады.%n%nОрнатудан шығасыз ба?
AboutSetupMenuItem=&Орнату бағдарламасы туралы...
AboutSetupTitle=Орнату бағдарламасы туралы
AboutSetupMessage=%1, нұсқасы %2%n%3%n%n%1 сайты:%n%4
AboutSetupNote=
TranslatorNote=

; *** Buttons
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Болдырмау
ButtonYes=&Иә
ButtonYesToAll=Иә, &барлығына
ButtonNo=&Жоқ
ButtonNoToAll=Жоқ, б&арлығына
ButtonFinish=&Аяқтау
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта жасау

; *** "Select Language" dialog messages
SelectLanguageTitle=Орнату тілін таңдау
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.

; *** Common wizard text
ClickNext=Жалғастыру үшін «Келесі» батырмасын, ал орнатудан шығу үшін «Болдырмау» батырмасын басыңыз.
BeveledLabel=
BrowseDialogTitle=Қалтаны шолу
BrowseDialogLabel=Төмендегі тізімнен қалтаны таңдап, OK батырмасын басыңыз.
NewFolderName=Жаңа қалта

; *** "Welcome" wizard page
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Компьютерге [name/ver] орнатылады.%n%nЖалғастырмас бұрын басқа қолданбалардың бәрін жапқан жөн.

; *** "Password" wizard page
WizardPassword=Құпиясөз
PasswordLabel1=Бұл орнату құпиясөзбен қорғалған.
PasswordLabel3=Құпиясөзді енгізіп, «Келесі» батырмасын басыңыз. Құпиясөзде бас және кіші әріптер ажыратылады.
PasswordEditLabel=&Құпиясөз:
IncorrectPassword=Енгізілген құпиясөз қате. Қайталап көріңіз.

; *** "License Agreement" wizard page
WizardLicense=Лицензиялық келісім
LicenseLabel=Жалғастырмас бұрын төмендегі маңызды ақпаратты оқып шығыңыз.
LicenseLabel3=Төмендегі лицензиялық келісімді оқып шығыңыз. Орнатуды жалғастыру үшін келісімнің шарттарын қабылдауыңыз керек.
LicenseAccepted=Келісімді &қабылдаймын
LicenseNotAccepted=Келісімді қабылдамай&мын

; *** "Information" wizard pages
WizardInfoBefore=Ақпарат
InfoBeforeLabel=Жалғастырмас бұрын төмендегі маңызды ақпаратты оқып шығыңыз.
InfoBeforeClickLabel=Орнатуды жалғастыруға дайын болғанда, «Келесі» батырмасын басыңыз.
WizardInfoAfter=Ақпарат
InfoAfterLabel=Жалғастырмас бұрын төмендегі маңызды ақпаратты оқып шығыңыз.
InfoAfterClickLabel=Орнатуды жалғастыруға дайын болғанда, «Келесі» батырмасын басыңыз.

; *** "User Information" wizard page
WizardUserInfo=Пайдаланушы туралы мәлімет
UserInfoDesc=Өзіңіз туралы мәліметті енгізіңіз.
UserInfoName=&Пайдаланушы аты:
UserInfoOrg=&Ұйым:
UserInfoSerial=&Сериялық нөмір:
UserInfoNameRequired=Атыңызды енгізуіңіз керек.

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнату қалтасын таңдау
SelectDirDesc=[name] қай жерге орнатылсын?
SelectDirLabel3=[name] мына қалтаға орнатылады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдағыңыз келсе, «Шолу» батырмасын басыңыз.
DiskSpaceGBLabel=Дискіде кемінде [gb] ГБ бос орын қажет.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын қажет.
CannotInstallToNetworkDrive=Желілік дискіге орнату мүмкін емес.
CannotInstallToUNCPath=UNC жолына орнату мүмкін емес.
InvalidPath=Диск әрпі бар толық жолды енгізуіңіз керек, мысалы:%n%nC:\APP%n%nнемесе мына түрдегі UNC жолын:%n%n\\server\share
InvalidDrive=Таңдалған диск немесе UNC ресурсы жоқ немесе оған қол жеткізу мүмкін емес. Басқасын таңдаңыз.
DiskSpaceWarningTitle=Дискіде орын жеткіліксіз
DiskSpaceWarning=Орнатуға кемінде %1 КБ бос орын қажет, ал таңдалған дискіде тек %2 КБ бар.%n%nСонда да жалғастырасыз ба?
DirNameTooLong=Қалта атауы немесе жол тым ұзын.
InvalidDirName=Қалта атауы жарамсыз.
BadDirName32=Қалта атауында мына таңбалар болмауы керек:%n%n%1
DirExistsTitle=Қалта бар
DirExists=Мына қалта:%n%n%1%n%nбұрыннан бар. Сонда да осы қалтаға орнатасыз ба?
DirDoesntExistTitle=Қалта жоқ
DirDoesntExist=Мына қалта:%n%n%1%n%nжоқ. Қалта жасалсын ба?

; *** "Select Components" wizard page
WizardSelectComponents=Құрамдастарды таңдау
SelectComponentsDesc=Қандай құрамдастар орнатылсын?
SelectComponentsLabel2=Орнатқыңыз келетін құрамдастарды белгілеңіз, керек емесінің белгісін алып тастаңыз. Дайын болғанда, «Келесі» батырмасын басыңыз.
FullInstallation=Толық орнату
; if possible don't translate 'Compact' as 'Minimal' (I mean 'Minimal' in your language)
CompactInstallation=Ықшам орнату
CustomInstallation=Таңдап орнату
NoUninstallWarningTitle=Құрамдастар бар
NoUninstallWarning=Компьютерде мына құрамдастар бұрыннан орнатылғаны анықталды:%n%n%1%n%nОлардың белгісін алып тастағаныңызбен, олар жойылмайды.%n%nСонда да жалғастырасыз ба?
ComponentSize1=%1 КБ
ComponentSize2=%1 МБ
ComponentsDiskSpaceGBLabel=Таңдалған құрамдастарға дискіде кемінде [gb] ГБ орын қажет.
ComponentsDiskSpaceMBLabel=Таңдалған құрамдастарға дискіде кемінде [mb] МБ орын қажет.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Қосымша тапсырмаларды таңдау
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» батырмасын басыңыз.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=«Бастау» мәзіріндегі қалтаны таңдау
SelectStartMenuFolderDesc=Бағдарламаның таңбашалары қайда орналассын?
SelectStartMenuFolderLabel3=Бағдарламаның таңбашалары «Бастау» мәзірінің мына қалтасында жасалады.
SelectStartMenuFolderBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдағыңыз келсе, «Шолу» батырмасын басыңыз.
MustEnterGroupName=Қалта атауын енгізуіңіз керек.
GroupNameTooLong=Қалта атауы немесе жол тым ұзын.
InvalidGroupName=Қалта атауы жарамсыз.
BadGroupName=Қалта атауында мына таңбалар болмауы керек:%n%n%1
NoProgramGroupCheck2=«Бастау» мәзірінде қалта &жасамау

; *** "Ready to Install" wizard page
WizardReady=Орнатуға дайын
ReadyLabel1=Компьютерге [name] орнатуға бәрі дайын.
ReadyLabel2a=Орнатуды бастау үшін «Орнату» батырмасын, ал баптауларды қарап шығу немесе өзгерту үшін «Артқа» батырмасын басыңыз.
ReadyLabel2b=Орнатуды бастау үшін «Орнату» батырмасын басыңыз.
ReadyMemoUserInfo=Пайдаланушы туралы мәлімет:
ReadyMemoDir=Орнату қалтасы:
ReadyMemoType=Орнату түрі:
ReadyMemoComponents=Таңдалған құрамдастар:
ReadyMemoGroup=«Бастау» мәзіріндегі қалта:
ReadyMemoTasks=Қосымша тапсырмалар:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Қосымша файлдар жүктелуде...
ButtonStopDownload=Жүктеуді &тоқтату
StopDownload=Жүктеуді шынымен тоқтатасыз ба?
ErrorDownloadAborted=Жүктеу тоқтатылды
ErrorDownloadFailed=Жүктеу сәтсіз аяқталды: %1 %2
ErrorDownloadSizeFailed=Өлшемін анықтау мүмкін болмады: %1 %2
ErrorFileHash1=Файлдың хешін есептеу мүмкін болмады: %1
ErrorFileHash2=Файлдың хеші дұрыс емес: %1 күтілген еді, %2 шықты
ErrorProgress=Үдеріс мәні дұрыс емес: %1 / %2
ErrorFileSize=Файл өлшемі дұрыс емес: %1 күтілген еді, %2 шықты

; *** "Preparing to Install" wizard page
WizardPreparing=Орнатуға дайындық
PreparingDesc=Компьютерге [name] орнатуға дайындық жүріп жатыр.
PreviousInstallNotCompleted=Алдыңғы бағдарламаны орнату немесе жою аяқталмаған. Оны аяқтау үшін компьютерді қайта іске қосу керек.%n%nКомпьютер қайта іске қосылғаннан кейін [name] орнатуды аяқтау үшін орнату бағдарламасын қайта іске қосыңыз.
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Болдырмау» батырмасын басыңыз.
ApplicationsFound=Орнату жаңартуы тиіс файлдарды мына қолданбалар пайдаланып отыр. Бұл қолданбаларды орнату бағдарламасына автоматты түрде жапқызған жөн.
ApplicationsFound2=Орнату жаңартуы тиіс файлдарды мына қолданбалар пайдаланып отыр. Бұл қолданбаларды орнату бағдарламасына автоматты түрде жапқызған жөн. Орнату аяқталған соң, орнату бағдарламасы оларды қайта іске қосуға тырысады.
CloseApplications=Қолданбаларды автоматты түрде &жабу
DontCloseApplications=Қолданбаларды жаб&пау
ErrorCloseApplications=Орнату бағдарламасы барлық қолданбаны автоматты түрде жаба алмады. Жалғастырмас бұрын орнату жаңартуы тиіс файлдарды пайдаланып отырған қолданбалардың бәрін жапқан жөн.
PrepareToInstallNeedsRestart=Орнату бағдарламасы компьютерді қайта іске қосуы керек. Компьютер қайта іске қосылғаннан кейін [name] орнатуды аяқтау үшін орнату бағдарламасын қайта іске қосыңыз.%n%nҚазір қайта іске қосасыз ба?

; *** "Installing" wizard page
WizardInstalling=Орнату
InstallingLabel=Компьютерге [name] орнатылып жатыр, күте тұрыңыз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнату шеберінің жұмысы аяқталуда
FinishedLabelNoIcons=Компьютерге [name] орнатылды.
FinishedLabel=Компьютерге [name] орнатылды. Қолданбаны орнатылған таңбашалар арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Аяқтау» батырмасын басыңыз.
FinishedRestartLabel=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек. Қазір қайта іске қосасыз ба?
FinishedRestartMessage=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
ShowReadmeCheck=Иә, README файлын қарап шығамын
YesRadio=&Иә, компьютерді қазір қайта іске қосу
NoRadio=&Жоқ, компьютерді кейінірек қайта іске қосамын
; used for example as 'Run MyProg.exe'
RunEntryExec=%1 іске қосу
; used for example as 'View Readme.txt'
RunEntryShellExec=%1 қарау

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Орнатуға келесі диск қажет
SelectDiskLabel2=%1-дискіні салып, OK батырмасын басыңыз.%n%nОсы дискідегі файлдар төменде көрсетілгеннен басқа қалтада болса, дұрыс жолды енгізіңіз немесе «Шолу» батырмасын басыңыз.
PathLabel=&Жол:
FileNotInDir2=«%1» файлы «%2» ішінен табылмады. Дұрыс дискіні салыңыз немесе басқа қалтаны таңдаңыз.
SelectDirectoryLabel=Келесі дискінің орнын көрсетіңіз.

; *** Installation phase messages
SetupAborted=Орнату аяқталмады.%n%nАқаулықты түзетіп, орнатуды қайта іске қосыңыз.
AbortRetryIgnoreSelectAction=Әрекетті таңдаңыз
AbortRetryIgnoreRetry=&Қайталап көру
AbortRetryIgnoreIgnore=Қатені елемей, &жалғастыру
AbortRetryIgnoreCancel=Орнатуды болдырмау

; *** Installation status messages
StatusClosingApplications=Қолданбалар жабылуда...
StatusCreateDirs=Қалталар жасалуда...
StatusExtractFiles=Файлдар шығарылуда...
StatusCreateIcons=Таңбашалар жасалуда...
StatusCreateIniEntries=INI жазбалары жасалуда...
StatusCreateRegistryEntries=Тізілім жазбалары жасалуда...
StatusRegisterFiles=Файлдар тіркелуде...
StatusSavingUninstall=Жою туралы мәлімет сақталуда...
StatusRunProgram=Орнату аяқталуда...
StatusRestartingApplications=Қолданбалар қайта іске қосылуда...
StatusRollback=Өзгерістер кері қайтарылуда...

; *** Misc. errors
ErrorInternal2=Ішкі қате: %1
ErrorFunctionFailedNoCode=%1 орындалмады
ErrorFunctionFailed=%1 орындалмады; коды %2
ErrorFunctionFailedWithMessage=%1 орындалмады; коды %2.%n%3
ErrorExecutingProgram=Файлды іске қосу мүмкін болмады:%n%1

; *** Registry errors
ErrorRegOpenKey=Тізілім кілтін ашу кезінде қате шықты:%n%1\%2
ErrorRegCreateKey=Тізілім кілтін жасау кезінде қате шықты:%n%1\%2
ErrorRegWriteKey=Тізілім кілтіне жазу кезінде қате шықты:%n%1\%2

; *** INI errors
ErrorIniEntry=«%1» файлында INI жазбасын жасау кезінде қате шықты.

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=Бұл файлды &өткізіп жіберу (ұсынылмайды)
FileAbortRetryIgnoreIgnoreNotRecommended=Қатені елемей, &жалғастыру (ұсынылмайды)
SourceIsCorrupted=Бастапқы файл бүлінген
SourceDoesntExist=«%1» бастапқы файлы жоқ
ExistingFileReadOnly2=Бар файл тек оқуға арналған деп белгіленгендіктен, оны ауыстыру мүмкін болмады.
ExistingFileReadOnlyRetry=«Тек оқуға арналған» белгісін &алып тастап, қайталап көру
ExistingFileReadOnlyKeepExisting=Бар файлды &қалдыру
ErrorReadingExistingDest=Бар файлды оқу кезінде қате шықты:
FileExistsSelectAction=Әрекетті таңдаңыз
FileExists2=Файл бұрыннан бар.
FileExistsOverwriteExisting=Бар файлдың &үстінен жазу
FileExistsKeepExisting=Бар файлды &қалдыру
FileExistsOverwriteOrKeepAll=Келесі қайшылықтарда да &осылай істеу
ExistingFileNewerSelectAction=Әрекетті таңдаңыз
ExistingFileNewer2=Бар файл орнату бағдарламасы орнатпақ болған файлдан жаңарақ.
ExistingFileNewerOverwriteExisting=Бар файлдың &үстінен жазу
ExistingFileNewerKeepExisting=Бар файлды &қалдыру (ұсынылады)
ExistingFileNewerOverwriteOrKeepAll=Келесі қайшылықтарда да &осылай істеу
ErrorChangingAttr=Бар файлдың төлсипаттарын өзгерту кезінде қате шықты:
ErrorCreatingTemp=Орнату қалтасында файл жасау кезінде қате шықты:
ErrorReadingSource=Бастапқы файлды оқу кезінде қате шықты:
ErrorCopying=Файлды көшіру кезінде қате шықты:
ErrorReplacingExistingFile=Бар файлды ауыстыру кезінде қате шықты:
ErrorRestartReplace=RestartReplace орындалмады:
ErrorRenamingTemp=Орнату қалтасындағы файлдың атын өзгерту кезінде қате шықты:
ErrorRegisterServer=DLL/OCX тіркеу мүмкін болмады: %1
ErrorRegSvr32Failed=RegSvr32 %1 шығу кодымен аяқталды
ErrorRegisterTypeLib=Типтер кітапханасын тіркеу мүмкін болмады: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 биттік
UninstallDisplayNameMark64Bit=64 биттік
UninstallDisplayNameMarkAllUsers=Барлық пайдаланушылар
UninstallDisplayNameMarkCurrentUser=Ағымдағы пайдаланушы

; *** Post-installation errors
ErrorOpeningReadme=README файлын ашу кезінде қате шықты.
ErrorRestartingComputer=Орнату бағдарламасы компьютерді қайта іске қоса алмады. Оны өзіңіз қайта іске қосыңыз.

; *** Uninstaller messages
UninstallNotFound=«%1» файлы жоқ. Жою мүмкін емес.
UninstallOpenError=«%1» файлын ашу мүмкін болмады. Жою мүмкін емес
UninstallUnsupportedVer=«%1» жою журналының пішімін жою бағдарламасының бұл нұсқасы танымайды. Жою мүмкін емес
UninstallUnknownEntry=Жою журналында белгісіз жазба (%1) кездесті
ConfirmUninstall=%1 бағдарламасын барлық құрамдасымен бірге толық жоясыз ба?
UninstallOnlyOnWin64=Бұл бағдарламаны тек 64 биттік Windows жүйесінде жоюға болады.
OnlyAdminCanUninstall=Бұл бағдарламаны тек әкімші құқықтары бар пайдаланушы жоя алады.
UninstallStatusLabel=%1 компьютерден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютерден жойылды.
UninstalledMost=%1 жою аяқталды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды өзіңіз жоя аласыз.
UninstalledAndNeedsRestart=%1 жоюды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
UninstallDataCorrupted=«%1» файлы бүлінген. Жою мүмкін емес

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Ортақ файлды жою керек пе?
ConfirmDeleteSharedFile2=Жүйенің мәліметі бойынша, мына ортақ файлды енді ешбір бағдарлама пайдаланбайды. Жою бағдарламасы бұл ортақ файлды жойсын ба?%n%nЕгер оны әлі пайдаланатын бағдарлама болса және файл жойылса, ол бағдарламалар дұрыс жұмыс істемеуі мүмкін. Сенімді болмасаңыз, «Жоқ» батырмасын таңдаңыз. Файлды жүйеде қалдыру еш зиян келтірмейді.
SharedFileNameLabel=Файл атауы:
SharedFileLocationLabel=Орны:
WizardUninstalling=Жою күйі
StatusUninstalling=%1 жойылуда...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 орнатылуда.
ShutdownBlockReasonUninstallingApp=%1 жойылуда.

; The custom messages below aren't used by Setup itself, but if you make
; use of them in your scripts, you'll want to translate them.

[CustomMessages]

NameAndVersion=%1, нұсқасы %2
AdditionalIcons=Қосымша таңбашалар:
CreateDesktopIcon=Жұмыс үстелінде &таңбаша жасау
CreateQuickLaunchIcon=Жылдам іске қосу тақтасында таңбаша жасау
ProgramOnTheWeb=%1 интернетте
UninstallProgram=%1 бағдарламасын жою
LaunchProgram=%1 бағдарламасын іске қосу
AssocFileExtension=%2 кеңейтімді файлдарды %1 бағдарламасымен &байланыстыру
AssocingFileExtension=%2 кеңейтімді файлдар %1 бағдарламасымен байланыстырылуда...
AutoStartProgramGroupDescription=Автоматты іске қосу:
AutoStartProgram=%1 бағдарламасын автоматты түрде іске қосу
AddonHostProgramNotFound=Таңдалған қалтада %1 табылмады.%n%nСонда да жалғастырасыз ба?
