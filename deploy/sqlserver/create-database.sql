-- Creates the UssdGateway database and its login/user, idempotently. Run by compose's sqlserver-init
-- (and by hand on a new server) with sqlcmd variables:
--   sqlcmd -S <server> -U sa -b -v DatabaseName=ussdgateway AppLogin=ussdgw AppPassword=... -i create-database.sql
-- The login owns the schema (db_owner) because `ussdgw db migrate` creates and alters tables.
IF DB_ID(N'$(DatabaseName)') IS NULL
BEGIN
    CREATE DATABASE [$(DatabaseName)];
END;
GO

IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'$(AppLogin)')
BEGIN
    CREATE LOGIN [$(AppLogin)] WITH PASSWORD = N'$(AppPassword)', CHECK_POLICY = ON, DEFAULT_DATABASE = [$(DatabaseName)];
END;
GO

USE [$(DatabaseName)];
GO

IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'$(AppLogin)')
BEGIN
    CREATE USER [$(AppLogin)] FOR LOGIN [$(AppLogin)];
END;
ALTER ROLE db_owner ADD MEMBER [$(AppLogin)];
GO
