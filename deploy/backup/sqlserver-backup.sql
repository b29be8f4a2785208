-- Full backup of the UssdGateway database with page checksums, then verified. Run by
-- sqlserver-backup.sh; sqlcmd variables: DatabaseName, BackupFile (a path on the SQL Server machine).
-- COPY_ONLY: does not disturb a differential/log backup chain the DBA may keep.
BACKUP DATABASE [$(DatabaseName)]
    TO DISK = N'$(BackupFile)'
    WITH COPY_ONLY, CHECKSUM, INIT, FORMAT, STATS = 25,
         NAME = N'$(DatabaseName) full copy-only backup';
GO

RESTORE VERIFYONLY FROM DISK = N'$(BackupFile)' WITH CHECKSUM;
GO
