import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { NewPassword, UserName } from '@porthole/contract';
import type { TString, TStringOptions } from 'typebox';
import { Value } from 'typebox/value';

// The contract's schemas decide, so the form refuses exactly what the BFF would.

function schemaRule(schema: typeof UserName, message: string): FormRule {
  return {
    validator: async (_, value: unknown) => {
      if (value && !Value.Check(schema, value)) throw new Error(message);
    },
  };
}

export function userNameRules(t: TFunction): FormRule[] {
  return [{ required: true, message: t('users.rules.nameRequired') }, schemaRule(UserName, t('users.rules.name'))];
}

export function newPasswordRules(t: TFunction): FormRule[] {
  const { minLength } = NewPassword as TString & TStringOptions;
  return [
    { required: true, message: t('users.rules.passwordRequired') },
    schemaRule(NewPassword, t('users.rules.password', { min: minLength })),
  ];
}
