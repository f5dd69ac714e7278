package id.merit.employee;

public enum FunctionalProfession { DOKTER, GURU, APOTEKER, PERAWAT, BIDAN, ASESOR, PSIKOLOG }
