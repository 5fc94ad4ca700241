IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(64) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [Courses] (
        [Id] nvarchar(100) NOT NULL,
        [AreaId] nvarchar(40) NOT NULL,
        [TitleMn] nvarchar(300) NOT NULL,
        [TitleEn] nvarchar(300) NOT NULL,
        [DescriptionMn] nvarchar(2000) NOT NULL,
        [DescriptionEn] nvarchar(2000) NOT NULL,
        [IsPublished] bit NOT NULL,
        [Completion] int NOT NULL,
        [MinLevel] int NULL,
        [PassMark] int NOT NULL,
        [IssuesCertificatesAutomatically] bit NOT NULL,
        [Source] int NOT NULL,
        CONSTRAINT [PK_Courses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [ErasureRequests] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [RequestedAt] datetime2 NOT NULL,
        [CompletedAt] datetime2 NULL,
        [CompletedBy] nvarchar(450) NULL,
        CONSTRAINT [PK_ErasureRequests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [ModuleAssets] (
        [Hash] nvarchar(64) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Bytes] varbinary(max) NOT NULL,
        CONSTRAINT [PK_ModuleAssets] PRIMARY KEY ([Hash])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [Organizations] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Location] nvarchar(200) NOT NULL,
        [Sectors] nvarchar(500) NOT NULL,
        [TargetGroups] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_Organizations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [OutboxEmails] (
        [Id] bigint NOT NULL IDENTITY,
        [Key] nvarchar(300) NOT NULL,
        [MessageId] nvarchar(200) NOT NULL,
        [ToAddress] nvarchar(320) NOT NULL,
        [ToName] nvarchar(200) NOT NULL,
        [Subject] nvarchar(500) NOT NULL,
        [TextBody] nvarchar(max) NOT NULL,
        [HtmlBody] nvarchar(max) NULL,
        [Kind] nvarchar(40) NOT NULL,
        [UserId] nvarchar(450) NULL,
        [UnsubscribeUrl] nvarchar(1000) NULL,
        [Status] int NOT NULL,
        [Attempts] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [SentAt] datetime2 NULL,
        [LastError] nvarchar(1000) NULL,
        [ClaimToken] uniqueidentifier NULL,
        [ClaimedUntil] datetime2 NULL,
        [HandedOverAt] datetime2 NULL,
        CONSTRAINT [PK_OutboxEmails] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [XapiStatements] (
        [Id] bigint NOT NULL IDENTITY,
        [Key] nvarchar(300) NOT NULL,
        [StatementId] uniqueidentifier NOT NULL,
        [LearnerId] nvarchar(450) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [Attempts] int NOT NULL,
        [SentAt] datetime2 NULL,
        [LastError] nvarchar(1000) NULL,
        CONSTRAINT [PK_XapiStatements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(64) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [Modules] (
        [Id] nvarchar(100) NOT NULL,
        [CourseId] nvarchar(100) NOT NULL,
        [Position] int NOT NULL,
        [FileStem] nvarchar(200) NOT NULL,
        [ArchivedAt] datetime2 NULL,
        [CurrentVersionId] int NULL,
        CONSTRAINT [PK_Modules] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Modules_Courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [Courses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(64) NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [OrganizationId] int NULL,
        [PreferredLanguage] nvarchar(5) NOT NULL,
        [IsSuspended] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ErasedAt] datetime2 NULL,
        [ReminderEmails] int NOT NULL,
        [CertificateEmails] int NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [Cohorts] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [OrganizationId] int NULL,
        [StartDate] date NULL,
        [EndDate] date NULL,
        [JoinCode] nvarchar(32) NOT NULL,
        [Reminders] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Cohorts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Cohorts_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [ModuleDrafts] (
        [ModuleId] nvarchar(100) NOT NULL,
        [Language] nvarchar(5) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [Revision] int NOT NULL,
        [SavedBy] nvarchar(450) NOT NULL,
        [SavedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ModuleDrafts] PRIMARY KEY ([ModuleId], [Language]),
        CONSTRAINT [FK_ModuleDrafts_Modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [Modules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [ModuleImages] (
        [ModuleId] nvarchar(100) NOT NULL,
        [Path] nvarchar(300) NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        [AltText] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_ModuleImages] PRIMARY KEY ([ModuleId], [Path]),
        CONSTRAINT [FK_ModuleImages_ModuleAssets_Hash] FOREIGN KEY ([Hash]) REFERENCES [ModuleAssets] ([Hash]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ModuleImages_Modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [Modules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [ModuleVersions] (
        [Id] int NOT NULL IDENTITY,
        [ModuleId] nvarchar(100) NOT NULL,
        [Number] int NOT NULL,
        [ContentHash] nvarchar(64) NOT NULL,
        [Level] int NOT NULL,
        [Competences] nvarchar(200) NOT NULL,
        [Minutes] int NOT NULL,
        [Assets] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(450) NULL,
        CONSTRAINT [PK_ModuleVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ModuleVersions_Modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [Modules] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [AccountSessions] (
        [Id] nvarchar(32) NOT NULL,
        [UserId] nvarchar(64) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [EndedAt] datetime2 NULL,
        CONSTRAINT [PK_AccountSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AccountSessions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(64) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(128) NOT NULL,
        [ProviderKey] nvarchar(128) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(64) NOT NULL,
        [RoleId] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(64) NOT NULL,
        [LoginProvider] nvarchar(128) NOT NULL,
        [Name] nvarchar(128) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [Certificates] (
        [Id] int NOT NULL IDENTITY,
        [LearnerId] nvarchar(64) NOT NULL,
        [CourseId] nvarchar(100) NOT NULL,
        [Generation] int NOT NULL,
        [HolderName] nvarchar(256) NOT NULL,
        [CourseTitleMn] nvarchar(300) NOT NULL,
        [CourseTitleEn] nvarchar(300) NOT NULL,
        [AreaId] nvarchar(40) NOT NULL,
        [Level] int NOT NULL,
        [Issuer] nvarchar(256) NOT NULL,
        [CodeHash] varbinary(32) NOT NULL,
        [ProtectedCode] varbinary(128) NOT NULL,
        [IssuedBy] nvarchar(450) NOT NULL,
        [IssuedAt] datetime2 NOT NULL,
        [Status] int NOT NULL,
        [RevokedAt] datetime2 NULL,
        [RevokedBy] nvarchar(450) NULL,
        [RevokeReason] nvarchar(500) NULL,
        [DownloadedAt] datetime2 NULL,
        CONSTRAINT [PK_Certificates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Certificates_AspNetUsers_LearnerId] FOREIGN KEY ([LearnerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Certificates_Courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [Courses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [CourseTrainers] (
        [CourseId] nvarchar(100) NOT NULL,
        [TrainerId] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_CourseTrainers] PRIMARY KEY ([CourseId], [TrainerId]),
        CONSTRAINT [FK_CourseTrainers_AspNetUsers_TrainerId] FOREIGN KEY ([TrainerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CourseTrainers_Courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [Courses] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [ReminderNotices] (
        [Id] bigint NOT NULL IDENTITY,
        [Key] nvarchar(300) NOT NULL,
        [UserId] nvarchar(64) NOT NULL,
        [CourseId] nvarchar(100) NOT NULL,
        [Rule] nvarchar(40) NOT NULL,
        [Period] nvarchar(100) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [WaitsForDigest] bit NOT NULL,
        [DigestedAt] datetime2 NULL,
        CONSTRAINT [PK_ReminderNotices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReminderNotices_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [CertificateBatches] (
        [Id] int NOT NULL IDENTITY,
        [CohortId] int NOT NULL,
        [CourseId] nvarchar(100) NOT NULL,
        [Total] int NOT NULL,
        [Done] int NOT NULL,
        [RequestedBy] nvarchar(450) NOT NULL,
        [RequestedAt] datetime2 NOT NULL,
        [FinishedAt] datetime2 NULL,
        CONSTRAINT [PK_CertificateBatches] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CertificateBatches_Cohorts_CohortId] FOREIGN KEY ([CohortId]) REFERENCES [Cohorts] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CertificateBatches_Courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [Courses] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [CohortCourses] (
        [CohortId] int NOT NULL,
        [CourseId] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_CohortCourses] PRIMARY KEY ([CohortId], [CourseId]),
        CONSTRAINT [FK_CohortCourses_Cohorts_CohortId] FOREIGN KEY ([CohortId]) REFERENCES [Cohorts] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CohortCourses_Courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [Courses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [CohortMembers] (
        [CohortId] int NOT NULL,
        [LearnerId] nvarchar(64) NOT NULL,
        [JoinedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_CohortMembers] PRIMARY KEY ([CohortId], [LearnerId]),
        CONSTRAINT [FK_CohortMembers_AspNetUsers_LearnerId] FOREIGN KEY ([LearnerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CohortMembers_Cohorts_CohortId] FOREIGN KEY ([CohortId]) REFERENCES [Cohorts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [Enrollments] (
        [Id] int NOT NULL IDENTITY,
        [LearnerId] nvarchar(64) NOT NULL,
        [CourseId] nvarchar(100) NOT NULL,
        [CohortId] int NULL,
        [DueDate] date NULL,
        [EnrolledAt] datetime2 NOT NULL,
        [CompletedAt] datetime2 NULL,
        CONSTRAINT [PK_Enrollments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Enrollments_AspNetUsers_LearnerId] FOREIGN KEY ([LearnerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Enrollments_Cohorts_CohortId] FOREIGN KEY ([CohortId]) REFERENCES [Cohorts] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_Enrollments_Courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [Courses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [ProficiencySnapshots] (
        [Id] bigint NOT NULL IDENTITY,
        [CohortId] int NOT NULL,
        [Date] date NOT NULL,
        [Location] nvarchar(200) NOT NULL,
        [AreaId] nvarchar(40) NOT NULL,
        [Level] int NOT NULL,
        [Baseline] int NOT NULL,
        [Current] int NOT NULL,
        CONSTRAINT [PK_ProficiencySnapshots] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProficiencySnapshots_Cohorts_CohortId] FOREIGN KEY ([CohortId]) REFERENCES [Cohorts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [SelfAssessments] (
        [Id] bigint NOT NULL IDENTITY,
        [LearnerId] nvarchar(64) NOT NULL,
        [CohortId] int NULL,
        [Kind] int NOT NULL,
        [TakenAt] datetime2 NOT NULL,
        [Levels] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_SelfAssessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SelfAssessments_AspNetUsers_LearnerId] FOREIGN KEY ([LearnerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SelfAssessments_Cohorts_CohortId] FOREIGN KEY ([CohortId]) REFERENCES [Cohorts] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [ModuleProgress] (
        [Id] bigint NOT NULL IDENTITY,
        [LearnerId] nvarchar(64) NOT NULL,
        [ModuleId] nvarchar(100) NOT NULL,
        [VersionId] int NOT NULL,
        [FirstVisitedAt] datetime2 NOT NULL,
        [LastVisitedAt] datetime2 NOT NULL,
        [CompletedAt] datetime2 NULL,
        CONSTRAINT [PK_ModuleProgress] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ModuleProgress_AspNetUsers_LearnerId] FOREIGN KEY ([LearnerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ModuleProgress_ModuleVersions_VersionId] FOREIGN KEY ([VersionId]) REFERENCES [ModuleVersions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ModuleProgress_Modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [Modules] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [ModuleVersionTexts] (
        [VersionId] int NOT NULL,
        [Language] nvarchar(5) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Objectives] nvarchar(max) NOT NULL,
        [Markdown] nvarchar(max) NOT NULL,
        [BodyStartLine] int NOT NULL,
        [WordCount] int NOT NULL,
        [Quiz] nvarchar(max) NOT NULL,
        [QuizFirstLine] int NOT NULL,
        [QuestionCount] int NOT NULL,
        CONSTRAINT [PK_ModuleVersionTexts] PRIMARY KEY ([VersionId], [Language]),
        CONSTRAINT [FK_ModuleVersionTexts_ModuleVersions_VersionId] FOREIGN KEY ([VersionId]) REFERENCES [ModuleVersions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [QuizAttempts] (
        [Id] bigint NOT NULL IDENTITY,
        [LearnerId] nvarchar(64) NOT NULL,
        [ModuleId] nvarchar(100) NOT NULL,
        [VersionId] int NOT NULL,
        [Language] nvarchar(5) NOT NULL,
        [Number] int NOT NULL,
        [StartedAt] datetime2 NOT NULL,
        [DeadlineAt] datetime2 NULL,
        [SubmittedAt] datetime2 NULL,
        [Layout] nvarchar(max) NOT NULL,
        [Answers] nvarchar(max) NOT NULL,
        [Percent] decimal(5,2) NULL,
        [Passed] bit NULL,
        [Stamp] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_QuizAttempts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_QuizAttempts_AspNetUsers_LearnerId] FOREIGN KEY ([LearnerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_QuizAttempts_ModuleVersions_VersionId] FOREIGN KEY ([VersionId]) REFERENCES [ModuleVersions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_QuizAttempts_Modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [Modules] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE TABLE [CertificateAudit] (
        [Id] bigint NOT NULL IDENTITY,
        [CertificateId] int NOT NULL,
        [Action] int NOT NULL,
        [ActorId] nvarchar(450) NOT NULL,
        [At] datetime2 NOT NULL,
        [Reason] nvarchar(500) NULL,
        CONSTRAINT [PK_CertificateAudit] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CertificateAudit_Certificates_CertificateId] FOREIGN KEY ([CertificateId]) REFERENCES [Certificates] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_AccountSessions_UserId] ON [AccountSessions] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_OrganizationId] ON [AspNetUsers] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_CertificateAudit_At] ON [CertificateAudit] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_CertificateAudit_CertificateId] ON [CertificateAudit] ([CertificateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_CertificateBatches_CohortId_CourseId] ON [CertificateBatches] ([CohortId], [CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_CertificateBatches_CourseId] ON [CertificateBatches] ([CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_CodeHash] ON [Certificates] ([CodeHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_Certificates_CourseId] ON [Certificates] ([CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_LearnerId_CourseId_Generation] ON [Certificates] ([LearnerId], [CourseId], [Generation]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_CohortCourses_CourseId] ON [CohortCourses] ([CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_CohortMembers_LearnerId] ON [CohortMembers] ([LearnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Cohorts_JoinCode] ON [Cohorts] ([JoinCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Cohorts_Name] ON [Cohorts] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_Cohorts_OrganizationId] ON [Cohorts] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_CourseTrainers_TrainerId] ON [CourseTrainers] ([TrainerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_Enrollments_CohortId] ON [Enrollments] ([CohortId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_Enrollments_CourseId] ON [Enrollments] ([CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Enrollments_LearnerId_CourseId] ON [Enrollments] ([LearnerId], [CourseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_ErasureRequests_UserId_CompletedAt] ON [ErasureRequests] ([UserId], [CompletedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_ModuleImages_Hash] ON [ModuleImages] ([Hash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ModuleProgress_LearnerId_ModuleId] ON [ModuleProgress] ([LearnerId], [ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_ModuleProgress_ModuleId] ON [ModuleProgress] ([ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_ModuleProgress_VersionId] ON [ModuleProgress] ([VersionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_Modules_CourseId_Position] ON [Modules] ([CourseId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ModuleVersions_ModuleId_Number] ON [ModuleVersions] ([ModuleId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organizations_Name] ON [Organizations] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxEmails_Key] ON [OutboxEmails] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxEmails_Status_NextAttemptAt] ON [OutboxEmails] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Level] ON [ProficiencySnapshots] ([CohortId], [Date], [Location], [AreaId], [Level]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_QuizAttempts_LearnerId_ModuleId_Number] ON [QuizAttempts] ([LearnerId], [ModuleId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_QuizAttempts_ModuleId] ON [QuizAttempts] ([ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_QuizAttempts_VersionId] ON [QuizAttempts] ([VersionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReminderNotices_Key] ON [ReminderNotices] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_ReminderNotices_UserId] ON [ReminderNotices] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_ReminderNotices_WaitsForDigest_UserId] ON [ReminderNotices] ([WaitsForDigest], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_SelfAssessments_CohortId] ON [SelfAssessments] ([CohortId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_SelfAssessments_LearnerId_CohortId_Kind] ON [SelfAssessments] ([LearnerId], [CohortId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_XapiStatements_Key] ON [XapiStatements] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_XapiStatements_LearnerId] ON [XapiStatements] ([LearnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE INDEX [IX_XapiStatements_SentAt_NextAttemptAt] ON [XapiStatements] ([SentAt], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_XapiStatements_StatementId] ON [XapiStatements] ([StatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204215803_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204215803_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231509_AuditEvents'
)
BEGIN
    CREATE TABLE [AuditEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [OccurredAt] datetime2 NOT NULL,
        [Type] nvarchar(40) NOT NULL,
        [ActorId] nvarchar(450) NULL,
        [SubjectId] nvarchar(450) NULL,
        [Target] nvarchar(300) NULL,
        [ClientAddress] nvarchar(64) NULL,
        CONSTRAINT [PK_AuditEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231509_AuditEvents'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_ActorId] ON [AuditEvents] ([ActorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231509_AuditEvents'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_OccurredAt] ON [AuditEvents] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231509_AuditEvents'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_SubjectId] ON [AuditEvents] ([SubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231509_AuditEvents'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204231509_AuditEvents', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231837_CompetenceLevels'
)
BEGIN
    DROP INDEX [IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Level] ON [ProficiencySnapshots];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231837_CompetenceLevels'
)
BEGIN
    ALTER TABLE [ProficiencySnapshots] ADD [Competence] nvarchar(10) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231837_CompetenceLevels'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProficiencySnapshots_CohortId_Date_Location_AreaId_Competence_Level] ON [ProficiencySnapshots] ([CohortId], [Date], [Location], [AreaId], [Competence], [Level]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231837_CompetenceLevels'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204231837_CompetenceLevels', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231920_ModuleReviews'
)
BEGIN
    ALTER TABLE [ModuleVersionTexts] ADD [Reviewed] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231920_ModuleReviews'
)
BEGIN
    ALTER TABLE [ModuleVersionTexts] ADD [Sources] nvarchar(max) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204231920_ModuleReviews'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204231920_ModuleReviews', N'10.0.14');
END;

COMMIT;
GO

