-- Restores the UssdGateway database from a full backup, replacing it. Run by sqlserver-restore.sh;
-- sqlcmd variables: DatabaseName, BackupFile (a path on the SQL Server machine).
-- Open connections are rolled back first (stop the gateways anyway).
RESTORE VERIFYONLY FROM DISK = N'$(BackupFile)' WITH CHECKSUM;
GO

IF DB_ID(N'$(DatabaseName)') IS NOT NULL
BEGIN
    ALTER DATABASE [$(DatabaseName)] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
END;
GO

RESTORE DATABASE [$(DatabaseName)]
    FROM DISK = N'$(BackupFile)'
    WITH REPLACE, CHECKSUM, RECOVERY, STATS = 25;
GO

ALTER DATABASE [$(DatabaseName)] SET MULTI_USER;
GO
